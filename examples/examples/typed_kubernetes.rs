//! A CCE Deployment whose manifest is a typed Kubernetes struct (`k8s-openapi`), not a `json!`
//! literal: every map- or any-typed property takes any `serde::Serialize` value, so the
//! Kubernetes types (or your own `#[derive(Serialize)]` structs) fill `k8sManifest` directly.
//! A typed value goes into one of their text fields with `Val::in_text`: here the load
//! balancer an input names becomes the Deployment's annotation, written as `get_input`.
//!
//! `cargo run -p examples --example typed_kubernetes` prints the template;
//! `cargo test -p examples --example typed_kubernetes` checks the manifest is the same value as
//! the `json!` literal of `src/stacks/kubernetes.rs`.

use std::collections::BTreeMap;

use k8s_openapi::api::apps::v1::{Deployment, DeploymentSpec};
use k8s_openapi::api::core::v1::{Container, ContainerPort, PodSpec, PodTemplateSpec};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{LabelSelector, ObjectMeta};
use rfs_dsl::types::core::Val;
use rfs_dsl::types::{cce, ulb};
use rfs_dsl::{Input, Stack};

/// The nginx Deployment of the kubernetes example, as Kubernetes' own types, with
/// `annotations` on its metadata.
fn nginx(annotations: Option<BTreeMap<String, String>>) -> Deployment {
    let labels = BTreeMap::from([("app".to_owned(), "nginx".to_owned())]);
    Deployment {
        metadata: ObjectMeta {
            name: Some("nginx".into()),
            annotations,
            ..ObjectMeta::default()
        },
        spec: Some(DeploymentSpec {
            replicas: Some(2),
            selector: LabelSelector {
                match_labels: Some(labels.clone()),
                ..LabelSelector::default()
            },
            template: PodTemplateSpec {
                metadata: Some(ObjectMeta {
                    labels: Some(labels),
                    ..ObjectMeta::default()
                }),
                spec: Some(PodSpec {
                    containers: vec![Container {
                        name: "nginx".into(),
                        image: Some("nginx:1.25".into()),
                        ports: Some(vec![ContainerPort {
                            container_port: 80,
                            ..ContainerPort::default()
                        }]),
                        ..Container::default()
                    }],
                    ..PodSpec::default()
                }),
            },
            ..DeploymentSpec::default()
        }),
        ..Deployment::default()
    }
}

/// A stack with one Deployment on a cluster given as an input.
fn stack() -> Stack {
    let mut stack = Stack::new("typed-kubernetes");
    let cluster = stack.input(
        "cluster",
        Input::<cce::ClusterId>::new().description("The CCE cluster to deploy to"),
    );
    let elb = stack.input(
        "elb",
        Input::<ulb::LoadBalancerId>::new().description("The load balancer in front of nginx"),
    );
    // A typed value in a text field of the Kubernetes struct: written as `get_input: elb`.
    let annotations = BTreeMap::from([("kubernetes.io/elb.id".to_owned(), elb.in_text())]);
    stack.add("nginx", deployment(cluster, nginx(Some(annotations))));
    stack
}

/// A Deployment element on `cluster`; `manifest` is any serde value. `#[track_caller]`: a
/// finding about a property set here points at the caller of this helper.
#[track_caller]
fn deployment(cluster: Val<cce::ClusterId>, manifest: impl serde::Serialize) -> cce::Deployment {
    cce::Deployment::builder()
        .cluster_id(cluster)
        .namespace("default")
        .k8s_manifest(manifest)
        .build()
}

fn main() -> Result<(), rfs_dsl::SynthError> {
    print!("{}", stack().to_yaml()?);
    Ok(())
}

#[test]
fn a_typed_manifest_is_the_same_value_as_a_json_literal() {
    use rfs_dsl::types::core::Element;
    let cluster = || cce::ClusterId::existing("c");
    let typed = deployment(cluster(), nginx(None));
    let literal = deployment(
        cluster(),
        rfs_dsl::json!({
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {"name": "nginx"},
            "spec": {
                "replicas": 2,
                "selector": {"matchLabels": {"app": "nginx"}},
                "template": {
                    "metadata": {"labels": {"app": "nginx"}},
                    "spec": {
                        "containers": [{
                            "name": "nginx",
                            "image": "nginx:1.25",
                            "ports": [{"containerPort": 80}]
                        }]
                    }
                }
            }
        }),
    );
    // k8s-openapi writes its fields in alphabetical order; compared as maps, the values match.
    let as_json = |d: &cce::Deployment| serde_json::to_value(d.properties()).unwrap();
    assert_eq!(as_json(&typed), as_json(&literal));
}

#[test]
fn the_typed_stack_synthesizes_and_lints_clean() {
    let synth = stack().synth().unwrap_or_else(|e| panic!("{e}"));
    // The one finding: the value placed in the annotation's text, listed as an escape hatch.
    let found: Vec<String> = synth.findings.iter().map(|f| f.to_string()).collect();
    let call = line!() - 57; // `stack.add("nginx", deployment(...))` in `stack()`
    assert_eq!(
        found,
        [format!(
            "examples/examples/typed_kubernetes.rs:{call}:24: info[escape-hatch]: node_templates.nginx.properties.k8sManifest.metadata.annotations.kubernetes.io/elb.id: written with `Val::in_text`: the compiler did not check it"
        )],
    );
    assert!(
        synth
            .yaml
            .contains("kubernetes.io/elb.id:\n              get_input: elb\n"),
        "{}",
        synth.yaml
    );
    let linted = rfs_cli::lint::lint(&synth.yaml, rfs_cli::lint::catalog());
    assert!(linted.is_empty(), "{linted:?}");
}
