#!/usr/bin/env python3
"""Apply specs/evidence/*.yaml to the specs (issue 10), once.

Kept for the record of what was applied and how; the specs are edited by hand from now on.
Required flags: an element page that is silent (`required: unknown`) takes the API's flag,
marked `evidence: api` with the API field and source under `api:`. Ids typed `string` take the
type of what they name (TYPES below), marked `type_evidence`. Unknowns that stay get `searched:`.
"""
import glob
import re
import sys

import yaml

sys.path.insert(0, "tools")
from import_reference import Dumper  # noqa: E402

SDK = "huaweicloud-sdk-go-v3@1cd70eb6"
EVIDENCE = ["specs/evidence/api-sdk-A.yaml", "specs/evidence/api-sdk-B.yaml"]

# Required flags decided against the raw API flag, and why.
REQUIRED = {
    "EVS.NonSharedVolume.size": (
        False,
        "The API requires size except for a disk created from a backup; this element has that path "
        "(backupId), so the property is optional here.",
    ),
    "CCE.Storage.OBS.volumeId": (
        False,
        "The API (import an existing volume) requires it, but this element also creates a new volume; "
        "the page describes it as the id of an existing volume when importing one.",
    ),
    "RDS.MySQL.dbRootPassword": (
        True,
        "The API field is omitempty only because read replicas must leave it out; the SDK comment and "
        "the RDS API reference make it mandatory for every other instance, which is what this element "
        "creates.",
    ),
}

# Ids typed by what they name: property -> (type, evidence kind, why).
TYPES = {
    "CCE.PublicIP.ids": ("HuaweiCloud.VPC.EIP.Id", "page", "the page: ids of existing EIPs"),
    "ECS.EIP.ipProductId": ("HuaweiCloud.VPC.EIP.Id", "page", "the page: the id of an existing EIP"),
    "ECS.PublicIP.id": ("HuaweiCloud.VPC.EIP.Id", "api", "publicip.id names an EIP"),
    "ECS.MountedVolumes.volumeId": ("HuaweiCloud.EVS.Volume.Id", "api", "volumeId names an EVS disk"),
    "EVS.Metadata.systemCmkid": ("HuaweiCloud.KMS.Key.Id", "api", "__system__cmkid names a KMS key"),
    "IAM.Agency.Role.projectId": ("HuaweiCloud.IAM.Project.Id", "api", "the grant's path names an IAM project"),
    "IAM.Agency.Role.roleId": ("HuaweiCloud.IAM.Role.Id", "api", "role_id names an IAM role or policy"),
    "VPC.BandWidth.id": ("HuaweiCloud.VPC.SharedBandwidth.Id", "api", "bandwidth.id names a shared (WHOLE) bandwidth"),
    "AOS.Stack.templateId": ("HuaweiCloud.AOS.Template.Id", "page", "the page: the id of an existing AOS template"),
    "APIG.API.strategyId": ("HuaweiCloud.APIG.Throttle.Id", "requirements", "requirement strategyId -> APIG.Throttle; the example reads its refID"),
    "AntiDDos.Service.floatingIpId": ("HuaweiCloud.VPC.EIP.Id", "page", "the page: the id of the EIP to protect"),
    "CCE.Storage.EVS.volumeId": ("HuaweiCloud.EVS.Volume.Id", "api", "spec.volumeID of storage type bs names an EVS disk"),
    "CCE.Storage.SFS.volumeId": ("HuaweiCloud.SFS.FileSystem.Id", "api", "spec.volumeID of storage type nfs names an SFS file system"),
    "ECS.CloudServer.serverGroupId": ("HuaweiCloud.ECS.ServerGroup.Id", "requirements", "requirement serverGroupId -> ECS.ServerGroup"),
    "EVS.NonSharedVolume.backupId": ("HuaweiCloud.EVS.Backup.Id", "api", "backup_id names a disk backup"),
    "EVS.SharedVolume.backupId": ("HuaweiCloud.EVS.Backup.Id", "api", "backup_id names a disk backup"),
    "EVS.SharedVolume.snapshotId": ("HuaweiCloud.EVS.Snapshot.Id", "api", "snapshot_id names a disk snapshot"),
    "FGS.ApigEventMap.apigroup_id": ("HuaweiCloud.APIG.ApiGroup.Id", "page", "the page: filled by get_reference to an APIG.ApiGroup"),
    "FGS.DmsEventMap.queueId": ("HuaweiCloud.DMS.Queue.Id", "api", "queue_id names a DMS queue"),
    "FGS.DmsEventMap.consumerGroupId": ("HuaweiCloud.DMS.ConsumerGroup.Id", "api", "consumer_group_id names a DMS consumer group"),
    "FGS.LtsEventMap.groupId": ("HuaweiCloud.LTS.Group.Id", "api", "log_group_id names an LTS log group"),
    "FGS.LtsEventMap.topicId": ("HuaweiCloud.LTS.Topic.Id", "api", "log_topic_id names an LTS log stream"),
    "HSS.Instance.hostIds": ("HuaweiCloud.ECS.CloudServer.Id", "requirements", "requirement hostIds -> ECS.CloudServer"),
    "MRS.Cluster.securityGroupsId": ("HuaweiCloud.VPC.SecurityGroup.Id", "api", "security_groups_id names a security group"),
    "NAT.SNatRule.natGatewayId": ("HuaweiCloud.NAT.Instance.Id", "requirements", "requirement natGatewayId -> NAT.Instance"),
    "RDS.MySQL.DataBase.instanceId": ("HuaweiCloud.RDS.MySQL.Id", "requirements", "requirement instanceId -> RDS.MySQL"),
    "RDS.MySQL.User.instanceId": ("HuaweiCloud.RDS.MySQL.Id", "page", "the page: get_reference to an RDS.MySQL"),
    "ULB.Healthmonitor.poolId": ("HuaweiCloud.ULB.Pool.Id", "requirements", "requirement poolId -> ULB.Pool"),
    "ULB.Listener.loadBalancerId": ("HuaweiCloud.ULB.LoadBalancer.Id", "api", "loadbalancer_id names a load balancer"),
    "ULB.LoadBalancer.publicIpId": ("HuaweiCloud.VPC.EIP.Id", "api", "the EIP bound to the load balancer"),
    "ULB.Member.poolId": ("HuaweiCloud.ULB.Pool.Id", "api", "pool_id names a backend pool"),
    "ULB.Member.serverId": ("HuaweiCloud.ECS.CloudServer.Id", "page", "the page: ids of existing servers"),
    "ULB.Pool.listenerId": ("HuaweiCloud.ULB.Listener.Id", "api", "listener_id names a listener"),
    "VPC.FirewallGroup.egressFirewallPolicyId": ("HuaweiCloud.VPC.FirewallPolicy.Egress.Id", "requirements", "requirement egressFirewallPolicyId -> VPC.FirewallPolicy.Egress"),
    "VPC.FirewallGroup.ingressFirewallPolicyId": ("HuaweiCloud.VPC.FirewallPolicy.Ingress.Id", "requirements", "requirement ingressFirewallPolicyId -> VPC.FirewallPolicy.Ingress"),
    "VPC.FirewallPolicy.Egress.firewallRulesIds": ("HuaweiCloud.VPC.FirewallRule.Id", "requirements", "requirement firewallRulesIds -> VPC.FirewallRule"),
    "VPC.FirewallPolicy.Ingress.firewallRulesIds": ("HuaweiCloud.VPC.FirewallRule.Id", "requirements", "requirement firewallRulesIds -> VPC.FirewallRule"),
    "VPCEndpoint.Endpoint.subnetId": ("HuaweiCloud.VPC.Subnet.Id", "api", "subnet_id names a subnet (its network id)"),
    "VPCEndpoint.Endpoint.endpointServiceId": ("HuaweiCloud.VPCEndpoint.EndpointService.Id", "api", "endpoint_service_id names an endpoint service"),
    "VPCEndpoint.EndpointService.portId": ("HuaweiCloud.VPC.Port.Id", "api", "port_id names the backend's port (a load balancer's vip_port_id, or a server NIC)"),
}
for f in ["Apig", "Cts", "Dis", "Dms", "Lts", "Obs", "Smn", "Timer"]:
    TYPES[f"FGS.{f}EventMap.funcId"] = (
        "HuaweiCloud.FGS.Function.Id",
        "requirements",
        "requirement funcId -> FGS.Function (get_reference gives its URN)",
    )

# Typed by hand afterwards (a bucket's id is its name): ECS.KeyPair.bucketName and
# CCE.Storage.OBS.volumeId -> HuaweiCloud.OBS.Bucket.Id.

# Id-named properties that stay text, and why.
UNTYPED = {
    "ECS.ExtendParam.imageproductid": "a marketplace product code, not the id of a resource (API: the image's __productcode)",
    "ECS.ExtendParam.productId": "a billing product code, not the id of a resource (API: CBC product infos)",
    "ECS.VolumeExtendParam.productId": "a billing product code, not the id of a resource (the page: user-defined)",
    "VPC.BandWidth.productId": "a billing product code, not the id of a resource (no API field has it)",
    "FGS.ApigEventMap.env_id": "one fixed value (the default release environment), listed under allowed",
}


def evidence():
    out = {}
    for f in EVIDENCE:
        for e in yaml.safe_load(open(f)):
            out.setdefault(e["property"], e)
    return out


def insert_after(d, after, items):
    out = {}
    for k, v in d.items():
        if k not in items:
            out[k] = v
        if k == after:
            out.update(items)
    return out


def api_block(e):
    b = {"field": e.get("api_field")}
    if e.get("mapping"):
        b["mapping"] = e["mapping"]
    if e.get("source"):
        b["source"] = re.sub(r"^(SDK|huaweicloud-sdk-go-v3) ", SDK + " ", e["source"])
    if e.get("evidence"):
        b["quote"] = e["evidence"]
    if e.get("note"):
        b["note"] = e["note"]
    return b


def main():
    ev = evidence()
    for f in sorted(glob.glob("specs/elements/*.yaml") + glob.glob("specs/datatypes/*.yaml")):
        spec = yaml.safe_load(open(f))
        props = spec.get("properties") or {}
        changed = False
        for key, p in list(props.items()):
            full = f"{spec['name']}.{key}"
            e = ev.get(full)
            if p.get("required") == "unknown" and e is not None:
                flag = e.get("required")
                why = None
                if full in REQUIRED:
                    flag, why = REQUIRED[full]
                if flag in (True, False):
                    items = {"required": flag, "evidence": "api", "api": api_block(e)}
                    if why:
                        items["api"]["decision"] = why
                    p = insert_after(p, "required", items)
                else:
                    note = e.get("note") or ""
                    p = insert_after(
                        p,
                        "required",
                        {"searched": f"huaweicloud-sdk-go-v3 ({e.get('source') or 'service models'}): {note}".strip()},
                    )
                changed = True
            if full in TYPES:
                ty, kind, why = TYPES[full]
                items = {"type": ty}
                if "page_type" not in p:
                    items["page_type"] = p["type"]
                items["type_evidence"] = f"{kind}: {why}"
                if kind == "api" and e is not None and "api" not in p:
                    items["api"] = api_block(e)
                p = insert_after(p, "type", items)
                changed = True
            if full in UNTYPED:
                p = insert_after(p, "type", {"untyped_id": UNTYPED[full]})
                changed = True
            props[key] = p
        if changed:
            spec["properties"] = props
            text = yaml.dump(spec, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)
            # required_when lists stay in flow style, as written by hand.
            text = re.sub(
                r"(\n    required_when:\n(?:      [^\n]+:\n(?:      - [^\n]+\n)+)+)",
                lambda m: re.sub(
                    r"      ([^\n]+):\n((?:      - [^\n]+\n)+)",
                    lambda n: "      %s: [%s]\n"
                    % (n.group(1), ", ".join(x[8:] for x in n.group(2).splitlines())),
                    m.group(1),
                ),
                text,
            )
            open(f, "w").write(text)


if __name__ == "__main__":
    main()
