//! The stack `size-180-elements-reverse-order`, imported from `size-180-elements-reverse-order.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::vpc;
use rfs_dsl::Stack;

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("size-180-elements-reverse-order");
    let e0179 = stack.add("e0179", vpc::Vpc::builder().name("last").cidr("10.0.0.0/8").build());
    let e0178 = stack.add(
        "e0178",
        vpc::Vpc::builder().name(e0179.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0179 that rfs derives from the properties
    stack.only_explicit_requirements(&e0178);
    let e0177 = stack.add(
        "e0177",
        vpc::Vpc::builder().name(e0178.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0178 that rfs derives from the properties
    stack.only_explicit_requirements(&e0177);
    let e0176 = stack.add(
        "e0176",
        vpc::Vpc::builder().name(e0177.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0177 that rfs derives from the properties
    stack.only_explicit_requirements(&e0176);
    let e0175 = stack.add(
        "e0175",
        vpc::Vpc::builder().name(e0176.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0176 that rfs derives from the properties
    stack.only_explicit_requirements(&e0175);
    let e0174 = stack.add(
        "e0174",
        vpc::Vpc::builder().name(e0175.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0175 that rfs derives from the properties
    stack.only_explicit_requirements(&e0174);
    let e0173 = stack.add(
        "e0173",
        vpc::Vpc::builder().name(e0174.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0174 that rfs derives from the properties
    stack.only_explicit_requirements(&e0173);
    let e0172 = stack.add(
        "e0172",
        vpc::Vpc::builder().name(e0173.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0173 that rfs derives from the properties
    stack.only_explicit_requirements(&e0172);
    let e0171 = stack.add(
        "e0171",
        vpc::Vpc::builder().name(e0172.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0172 that rfs derives from the properties
    stack.only_explicit_requirements(&e0171);
    let e0170 = stack.add(
        "e0170",
        vpc::Vpc::builder().name(e0171.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0171 that rfs derives from the properties
    stack.only_explicit_requirements(&e0170);
    let e0169 = stack.add(
        "e0169",
        vpc::Vpc::builder().name(e0170.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0170 that rfs derives from the properties
    stack.only_explicit_requirements(&e0169);
    let e0168 = stack.add(
        "e0168",
        vpc::Vpc::builder().name(e0169.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0169 that rfs derives from the properties
    stack.only_explicit_requirements(&e0168);
    let e0167 = stack.add(
        "e0167",
        vpc::Vpc::builder().name(e0168.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0168 that rfs derives from the properties
    stack.only_explicit_requirements(&e0167);
    let e0166 = stack.add(
        "e0166",
        vpc::Vpc::builder().name(e0167.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0167 that rfs derives from the properties
    stack.only_explicit_requirements(&e0166);
    let e0165 = stack.add(
        "e0165",
        vpc::Vpc::builder().name(e0166.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0166 that rfs derives from the properties
    stack.only_explicit_requirements(&e0165);
    let e0164 = stack.add(
        "e0164",
        vpc::Vpc::builder().name(e0165.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0165 that rfs derives from the properties
    stack.only_explicit_requirements(&e0164);
    let e0163 = stack.add(
        "e0163",
        vpc::Vpc::builder().name(e0164.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0164 that rfs derives from the properties
    stack.only_explicit_requirements(&e0163);
    let e0162 = stack.add(
        "e0162",
        vpc::Vpc::builder().name(e0163.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0163 that rfs derives from the properties
    stack.only_explicit_requirements(&e0162);
    let e0161 = stack.add(
        "e0161",
        vpc::Vpc::builder().name(e0162.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0162 that rfs derives from the properties
    stack.only_explicit_requirements(&e0161);
    let e0160 = stack.add(
        "e0160",
        vpc::Vpc::builder().name(e0161.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0161 that rfs derives from the properties
    stack.only_explicit_requirements(&e0160);
    let e0159 = stack.add(
        "e0159",
        vpc::Vpc::builder().name(e0160.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0160 that rfs derives from the properties
    stack.only_explicit_requirements(&e0159);
    let e0158 = stack.add(
        "e0158",
        vpc::Vpc::builder().name(e0159.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0159 that rfs derives from the properties
    stack.only_explicit_requirements(&e0158);
    let e0157 = stack.add(
        "e0157",
        vpc::Vpc::builder().name(e0158.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0158 that rfs derives from the properties
    stack.only_explicit_requirements(&e0157);
    let e0156 = stack.add(
        "e0156",
        vpc::Vpc::builder().name(e0157.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0157 that rfs derives from the properties
    stack.only_explicit_requirements(&e0156);
    let e0155 = stack.add(
        "e0155",
        vpc::Vpc::builder().name(e0156.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0156 that rfs derives from the properties
    stack.only_explicit_requirements(&e0155);
    let e0154 = stack.add(
        "e0154",
        vpc::Vpc::builder().name(e0155.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0155 that rfs derives from the properties
    stack.only_explicit_requirements(&e0154);
    let e0153 = stack.add(
        "e0153",
        vpc::Vpc::builder().name(e0154.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0154 that rfs derives from the properties
    stack.only_explicit_requirements(&e0153);
    let e0152 = stack.add(
        "e0152",
        vpc::Vpc::builder().name(e0153.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0153 that rfs derives from the properties
    stack.only_explicit_requirements(&e0152);
    let e0151 = stack.add(
        "e0151",
        vpc::Vpc::builder().name(e0152.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0152 that rfs derives from the properties
    stack.only_explicit_requirements(&e0151);
    let e0150 = stack.add(
        "e0150",
        vpc::Vpc::builder().name(e0151.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0151 that rfs derives from the properties
    stack.only_explicit_requirements(&e0150);
    let e0149 = stack.add(
        "e0149",
        vpc::Vpc::builder().name(e0150.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0150 that rfs derives from the properties
    stack.only_explicit_requirements(&e0149);
    let e0148 = stack.add(
        "e0148",
        vpc::Vpc::builder().name(e0149.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0149 that rfs derives from the properties
    stack.only_explicit_requirements(&e0148);
    let e0147 = stack.add(
        "e0147",
        vpc::Vpc::builder().name(e0148.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0148 that rfs derives from the properties
    stack.only_explicit_requirements(&e0147);
    let e0146 = stack.add(
        "e0146",
        vpc::Vpc::builder().name(e0147.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0147 that rfs derives from the properties
    stack.only_explicit_requirements(&e0146);
    let e0145 = stack.add(
        "e0145",
        vpc::Vpc::builder().name(e0146.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0146 that rfs derives from the properties
    stack.only_explicit_requirements(&e0145);
    let e0144 = stack.add(
        "e0144",
        vpc::Vpc::builder().name(e0145.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0145 that rfs derives from the properties
    stack.only_explicit_requirements(&e0144);
    let e0143 = stack.add(
        "e0143",
        vpc::Vpc::builder().name(e0144.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0144 that rfs derives from the properties
    stack.only_explicit_requirements(&e0143);
    let e0142 = stack.add(
        "e0142",
        vpc::Vpc::builder().name(e0143.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0143 that rfs derives from the properties
    stack.only_explicit_requirements(&e0142);
    let e0141 = stack.add(
        "e0141",
        vpc::Vpc::builder().name(e0142.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0142 that rfs derives from the properties
    stack.only_explicit_requirements(&e0141);
    let e0140 = stack.add(
        "e0140",
        vpc::Vpc::builder().name(e0141.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0141 that rfs derives from the properties
    stack.only_explicit_requirements(&e0140);
    let e0139 = stack.add(
        "e0139",
        vpc::Vpc::builder().name(e0140.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0140 that rfs derives from the properties
    stack.only_explicit_requirements(&e0139);
    let e0138 = stack.add(
        "e0138",
        vpc::Vpc::builder().name(e0139.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0139 that rfs derives from the properties
    stack.only_explicit_requirements(&e0138);
    let e0137 = stack.add(
        "e0137",
        vpc::Vpc::builder().name(e0138.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0138 that rfs derives from the properties
    stack.only_explicit_requirements(&e0137);
    let e0136 = stack.add(
        "e0136",
        vpc::Vpc::builder().name(e0137.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0137 that rfs derives from the properties
    stack.only_explicit_requirements(&e0136);
    let e0135 = stack.add(
        "e0135",
        vpc::Vpc::builder().name(e0136.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0136 that rfs derives from the properties
    stack.only_explicit_requirements(&e0135);
    let e0134 = stack.add(
        "e0134",
        vpc::Vpc::builder().name(e0135.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0135 that rfs derives from the properties
    stack.only_explicit_requirements(&e0134);
    let e0133 = stack.add(
        "e0133",
        vpc::Vpc::builder().name(e0134.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0134 that rfs derives from the properties
    stack.only_explicit_requirements(&e0133);
    let e0132 = stack.add(
        "e0132",
        vpc::Vpc::builder().name(e0133.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0133 that rfs derives from the properties
    stack.only_explicit_requirements(&e0132);
    let e0131 = stack.add(
        "e0131",
        vpc::Vpc::builder().name(e0132.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0132 that rfs derives from the properties
    stack.only_explicit_requirements(&e0131);
    let e0130 = stack.add(
        "e0130",
        vpc::Vpc::builder().name(e0131.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0131 that rfs derives from the properties
    stack.only_explicit_requirements(&e0130);
    let e0129 = stack.add(
        "e0129",
        vpc::Vpc::builder().name(e0130.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0130 that rfs derives from the properties
    stack.only_explicit_requirements(&e0129);
    let e0128 = stack.add(
        "e0128",
        vpc::Vpc::builder().name(e0129.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0129 that rfs derives from the properties
    stack.only_explicit_requirements(&e0128);
    let e0127 = stack.add(
        "e0127",
        vpc::Vpc::builder().name(e0128.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0128 that rfs derives from the properties
    stack.only_explicit_requirements(&e0127);
    let e0126 = stack.add(
        "e0126",
        vpc::Vpc::builder().name(e0127.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0127 that rfs derives from the properties
    stack.only_explicit_requirements(&e0126);
    let e0125 = stack.add(
        "e0125",
        vpc::Vpc::builder().name(e0126.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0126 that rfs derives from the properties
    stack.only_explicit_requirements(&e0125);
    let e0124 = stack.add(
        "e0124",
        vpc::Vpc::builder().name(e0125.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0125 that rfs derives from the properties
    stack.only_explicit_requirements(&e0124);
    let e0123 = stack.add(
        "e0123",
        vpc::Vpc::builder().name(e0124.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0124 that rfs derives from the properties
    stack.only_explicit_requirements(&e0123);
    let e0122 = stack.add(
        "e0122",
        vpc::Vpc::builder().name(e0123.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0123 that rfs derives from the properties
    stack.only_explicit_requirements(&e0122);
    let e0121 = stack.add(
        "e0121",
        vpc::Vpc::builder().name(e0122.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0122 that rfs derives from the properties
    stack.only_explicit_requirements(&e0121);
    let e0120 = stack.add(
        "e0120",
        vpc::Vpc::builder().name(e0121.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0121 that rfs derives from the properties
    stack.only_explicit_requirements(&e0120);
    let e0119 = stack.add(
        "e0119",
        vpc::Vpc::builder().name(e0120.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0120 that rfs derives from the properties
    stack.only_explicit_requirements(&e0119);
    let e0118 = stack.add(
        "e0118",
        vpc::Vpc::builder().name(e0119.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0119 that rfs derives from the properties
    stack.only_explicit_requirements(&e0118);
    let e0117 = stack.add(
        "e0117",
        vpc::Vpc::builder().name(e0118.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0118 that rfs derives from the properties
    stack.only_explicit_requirements(&e0117);
    let e0116 = stack.add(
        "e0116",
        vpc::Vpc::builder().name(e0117.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0117 that rfs derives from the properties
    stack.only_explicit_requirements(&e0116);
    let e0115 = stack.add(
        "e0115",
        vpc::Vpc::builder().name(e0116.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0116 that rfs derives from the properties
    stack.only_explicit_requirements(&e0115);
    let e0114 = stack.add(
        "e0114",
        vpc::Vpc::builder().name(e0115.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0115 that rfs derives from the properties
    stack.only_explicit_requirements(&e0114);
    let e0113 = stack.add(
        "e0113",
        vpc::Vpc::builder().name(e0114.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0114 that rfs derives from the properties
    stack.only_explicit_requirements(&e0113);
    let e0112 = stack.add(
        "e0112",
        vpc::Vpc::builder().name(e0113.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0113 that rfs derives from the properties
    stack.only_explicit_requirements(&e0112);
    let e0111 = stack.add(
        "e0111",
        vpc::Vpc::builder().name(e0112.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0112 that rfs derives from the properties
    stack.only_explicit_requirements(&e0111);
    let e0110 = stack.add(
        "e0110",
        vpc::Vpc::builder().name(e0111.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0111 that rfs derives from the properties
    stack.only_explicit_requirements(&e0110);
    let e0109 = stack.add(
        "e0109",
        vpc::Vpc::builder().name(e0110.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0110 that rfs derives from the properties
    stack.only_explicit_requirements(&e0109);
    let e0108 = stack.add(
        "e0108",
        vpc::Vpc::builder().name(e0109.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0109 that rfs derives from the properties
    stack.only_explicit_requirements(&e0108);
    let e0107 = stack.add(
        "e0107",
        vpc::Vpc::builder().name(e0108.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0108 that rfs derives from the properties
    stack.only_explicit_requirements(&e0107);
    let e0106 = stack.add(
        "e0106",
        vpc::Vpc::builder().name(e0107.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0107 that rfs derives from the properties
    stack.only_explicit_requirements(&e0106);
    let e0105 = stack.add(
        "e0105",
        vpc::Vpc::builder().name(e0106.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0106 that rfs derives from the properties
    stack.only_explicit_requirements(&e0105);
    let e0104 = stack.add(
        "e0104",
        vpc::Vpc::builder().name(e0105.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0105 that rfs derives from the properties
    stack.only_explicit_requirements(&e0104);
    let e0103 = stack.add(
        "e0103",
        vpc::Vpc::builder().name(e0104.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0104 that rfs derives from the properties
    stack.only_explicit_requirements(&e0103);
    let e0102 = stack.add(
        "e0102",
        vpc::Vpc::builder().name(e0103.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0103 that rfs derives from the properties
    stack.only_explicit_requirements(&e0102);
    let e0101 = stack.add(
        "e0101",
        vpc::Vpc::builder().name(e0102.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0102 that rfs derives from the properties
    stack.only_explicit_requirements(&e0101);
    let e0100 = stack.add(
        "e0100",
        vpc::Vpc::builder().name(e0101.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0101 that rfs derives from the properties
    stack.only_explicit_requirements(&e0100);
    let e0099 = stack.add(
        "e0099",
        vpc::Vpc::builder().name(e0100.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0100 that rfs derives from the properties
    stack.only_explicit_requirements(&e0099);
    let e0098 = stack.add(
        "e0098",
        vpc::Vpc::builder().name(e0099.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0099 that rfs derives from the properties
    stack.only_explicit_requirements(&e0098);
    let e0097 = stack.add(
        "e0097",
        vpc::Vpc::builder().name(e0098.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0098 that rfs derives from the properties
    stack.only_explicit_requirements(&e0097);
    let e0096 = stack.add(
        "e0096",
        vpc::Vpc::builder().name(e0097.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0097 that rfs derives from the properties
    stack.only_explicit_requirements(&e0096);
    let e0095 = stack.add(
        "e0095",
        vpc::Vpc::builder().name(e0096.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0096 that rfs derives from the properties
    stack.only_explicit_requirements(&e0095);
    let e0094 = stack.add(
        "e0094",
        vpc::Vpc::builder().name(e0095.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0095 that rfs derives from the properties
    stack.only_explicit_requirements(&e0094);
    let e0093 = stack.add(
        "e0093",
        vpc::Vpc::builder().name(e0094.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0094 that rfs derives from the properties
    stack.only_explicit_requirements(&e0093);
    let e0092 = stack.add(
        "e0092",
        vpc::Vpc::builder().name(e0093.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0093 that rfs derives from the properties
    stack.only_explicit_requirements(&e0092);
    let e0091 = stack.add(
        "e0091",
        vpc::Vpc::builder().name(e0092.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0092 that rfs derives from the properties
    stack.only_explicit_requirements(&e0091);
    let e0090 = stack.add(
        "e0090",
        vpc::Vpc::builder().name(e0091.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0091 that rfs derives from the properties
    stack.only_explicit_requirements(&e0090);
    let e0089 = stack.add(
        "e0089",
        vpc::Vpc::builder().name(e0090.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0090 that rfs derives from the properties
    stack.only_explicit_requirements(&e0089);
    let e0088 = stack.add(
        "e0088",
        vpc::Vpc::builder().name(e0089.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0089 that rfs derives from the properties
    stack.only_explicit_requirements(&e0088);
    let e0087 = stack.add(
        "e0087",
        vpc::Vpc::builder().name(e0088.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0088 that rfs derives from the properties
    stack.only_explicit_requirements(&e0087);
    let e0086 = stack.add(
        "e0086",
        vpc::Vpc::builder().name(e0087.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0087 that rfs derives from the properties
    stack.only_explicit_requirements(&e0086);
    let e0085 = stack.add(
        "e0085",
        vpc::Vpc::builder().name(e0086.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0086 that rfs derives from the properties
    stack.only_explicit_requirements(&e0085);
    let e0084 = stack.add(
        "e0084",
        vpc::Vpc::builder().name(e0085.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0085 that rfs derives from the properties
    stack.only_explicit_requirements(&e0084);
    let e0083 = stack.add(
        "e0083",
        vpc::Vpc::builder().name(e0084.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0084 that rfs derives from the properties
    stack.only_explicit_requirements(&e0083);
    let e0082 = stack.add(
        "e0082",
        vpc::Vpc::builder().name(e0083.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0083 that rfs derives from the properties
    stack.only_explicit_requirements(&e0082);
    let e0081 = stack.add(
        "e0081",
        vpc::Vpc::builder().name(e0082.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0082 that rfs derives from the properties
    stack.only_explicit_requirements(&e0081);
    let e0080 = stack.add(
        "e0080",
        vpc::Vpc::builder().name(e0081.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0081 that rfs derives from the properties
    stack.only_explicit_requirements(&e0080);
    let e0079 = stack.add(
        "e0079",
        vpc::Vpc::builder().name(e0080.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0080 that rfs derives from the properties
    stack.only_explicit_requirements(&e0079);
    let e0078 = stack.add(
        "e0078",
        vpc::Vpc::builder().name(e0079.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0079 that rfs derives from the properties
    stack.only_explicit_requirements(&e0078);
    let e0077 = stack.add(
        "e0077",
        vpc::Vpc::builder().name(e0078.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0078 that rfs derives from the properties
    stack.only_explicit_requirements(&e0077);
    let e0076 = stack.add(
        "e0076",
        vpc::Vpc::builder().name(e0077.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0077 that rfs derives from the properties
    stack.only_explicit_requirements(&e0076);
    let e0075 = stack.add(
        "e0075",
        vpc::Vpc::builder().name(e0076.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0076 that rfs derives from the properties
    stack.only_explicit_requirements(&e0075);
    let e0074 = stack.add(
        "e0074",
        vpc::Vpc::builder().name(e0075.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0075 that rfs derives from the properties
    stack.only_explicit_requirements(&e0074);
    let e0073 = stack.add(
        "e0073",
        vpc::Vpc::builder().name(e0074.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0074 that rfs derives from the properties
    stack.only_explicit_requirements(&e0073);
    let e0072 = stack.add(
        "e0072",
        vpc::Vpc::builder().name(e0073.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0073 that rfs derives from the properties
    stack.only_explicit_requirements(&e0072);
    let e0071 = stack.add(
        "e0071",
        vpc::Vpc::builder().name(e0072.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0072 that rfs derives from the properties
    stack.only_explicit_requirements(&e0071);
    let e0070 = stack.add(
        "e0070",
        vpc::Vpc::builder().name(e0071.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0071 that rfs derives from the properties
    stack.only_explicit_requirements(&e0070);
    let e0069 = stack.add(
        "e0069",
        vpc::Vpc::builder().name(e0070.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0070 that rfs derives from the properties
    stack.only_explicit_requirements(&e0069);
    let e0068 = stack.add(
        "e0068",
        vpc::Vpc::builder().name(e0069.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0069 that rfs derives from the properties
    stack.only_explicit_requirements(&e0068);
    let e0067 = stack.add(
        "e0067",
        vpc::Vpc::builder().name(e0068.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0068 that rfs derives from the properties
    stack.only_explicit_requirements(&e0067);
    let e0066 = stack.add(
        "e0066",
        vpc::Vpc::builder().name(e0067.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0067 that rfs derives from the properties
    stack.only_explicit_requirements(&e0066);
    let e0065 = stack.add(
        "e0065",
        vpc::Vpc::builder().name(e0066.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0066 that rfs derives from the properties
    stack.only_explicit_requirements(&e0065);
    let e0064 = stack.add(
        "e0064",
        vpc::Vpc::builder().name(e0065.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0065 that rfs derives from the properties
    stack.only_explicit_requirements(&e0064);
    let e0063 = stack.add(
        "e0063",
        vpc::Vpc::builder().name(e0064.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0064 that rfs derives from the properties
    stack.only_explicit_requirements(&e0063);
    let e0062 = stack.add(
        "e0062",
        vpc::Vpc::builder().name(e0063.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0063 that rfs derives from the properties
    stack.only_explicit_requirements(&e0062);
    let e0061 = stack.add(
        "e0061",
        vpc::Vpc::builder().name(e0062.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0062 that rfs derives from the properties
    stack.only_explicit_requirements(&e0061);
    let e0060 = stack.add(
        "e0060",
        vpc::Vpc::builder().name(e0061.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0061 that rfs derives from the properties
    stack.only_explicit_requirements(&e0060);
    let e0059 = stack.add(
        "e0059",
        vpc::Vpc::builder().name(e0060.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0060 that rfs derives from the properties
    stack.only_explicit_requirements(&e0059);
    let e0058 = stack.add(
        "e0058",
        vpc::Vpc::builder().name(e0059.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0059 that rfs derives from the properties
    stack.only_explicit_requirements(&e0058);
    let e0057 = stack.add(
        "e0057",
        vpc::Vpc::builder().name(e0058.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0058 that rfs derives from the properties
    stack.only_explicit_requirements(&e0057);
    let e0056 = stack.add(
        "e0056",
        vpc::Vpc::builder().name(e0057.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0057 that rfs derives from the properties
    stack.only_explicit_requirements(&e0056);
    let e0055 = stack.add(
        "e0055",
        vpc::Vpc::builder().name(e0056.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0056 that rfs derives from the properties
    stack.only_explicit_requirements(&e0055);
    let e0054 = stack.add(
        "e0054",
        vpc::Vpc::builder().name(e0055.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0055 that rfs derives from the properties
    stack.only_explicit_requirements(&e0054);
    let e0053 = stack.add(
        "e0053",
        vpc::Vpc::builder().name(e0054.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0054 that rfs derives from the properties
    stack.only_explicit_requirements(&e0053);
    let e0052 = stack.add(
        "e0052",
        vpc::Vpc::builder().name(e0053.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0053 that rfs derives from the properties
    stack.only_explicit_requirements(&e0052);
    let e0051 = stack.add(
        "e0051",
        vpc::Vpc::builder().name(e0052.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0052 that rfs derives from the properties
    stack.only_explicit_requirements(&e0051);
    let e0050 = stack.add(
        "e0050",
        vpc::Vpc::builder().name(e0051.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0051 that rfs derives from the properties
    stack.only_explicit_requirements(&e0050);
    let e0049 = stack.add(
        "e0049",
        vpc::Vpc::builder().name(e0050.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0050 that rfs derives from the properties
    stack.only_explicit_requirements(&e0049);
    let e0048 = stack.add(
        "e0048",
        vpc::Vpc::builder().name(e0049.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0049 that rfs derives from the properties
    stack.only_explicit_requirements(&e0048);
    let e0047 = stack.add(
        "e0047",
        vpc::Vpc::builder().name(e0048.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0048 that rfs derives from the properties
    stack.only_explicit_requirements(&e0047);
    let e0046 = stack.add(
        "e0046",
        vpc::Vpc::builder().name(e0047.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0047 that rfs derives from the properties
    stack.only_explicit_requirements(&e0046);
    let e0045 = stack.add(
        "e0045",
        vpc::Vpc::builder().name(e0046.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0046 that rfs derives from the properties
    stack.only_explicit_requirements(&e0045);
    let e0044 = stack.add(
        "e0044",
        vpc::Vpc::builder().name(e0045.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0045 that rfs derives from the properties
    stack.only_explicit_requirements(&e0044);
    let e0043 = stack.add(
        "e0043",
        vpc::Vpc::builder().name(e0044.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0044 that rfs derives from the properties
    stack.only_explicit_requirements(&e0043);
    let e0042 = stack.add(
        "e0042",
        vpc::Vpc::builder().name(e0043.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0043 that rfs derives from the properties
    stack.only_explicit_requirements(&e0042);
    let e0041 = stack.add(
        "e0041",
        vpc::Vpc::builder().name(e0042.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0042 that rfs derives from the properties
    stack.only_explicit_requirements(&e0041);
    let e0040 = stack.add(
        "e0040",
        vpc::Vpc::builder().name(e0041.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0041 that rfs derives from the properties
    stack.only_explicit_requirements(&e0040);
    let e0039 = stack.add(
        "e0039",
        vpc::Vpc::builder().name(e0040.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0040 that rfs derives from the properties
    stack.only_explicit_requirements(&e0039);
    let e0038 = stack.add(
        "e0038",
        vpc::Vpc::builder().name(e0039.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0039 that rfs derives from the properties
    stack.only_explicit_requirements(&e0038);
    let e0037 = stack.add(
        "e0037",
        vpc::Vpc::builder().name(e0038.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0038 that rfs derives from the properties
    stack.only_explicit_requirements(&e0037);
    let e0036 = stack.add(
        "e0036",
        vpc::Vpc::builder().name(e0037.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0037 that rfs derives from the properties
    stack.only_explicit_requirements(&e0036);
    let e0035 = stack.add(
        "e0035",
        vpc::Vpc::builder().name(e0036.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0036 that rfs derives from the properties
    stack.only_explicit_requirements(&e0035);
    let e0034 = stack.add(
        "e0034",
        vpc::Vpc::builder().name(e0035.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0035 that rfs derives from the properties
    stack.only_explicit_requirements(&e0034);
    let e0033 = stack.add(
        "e0033",
        vpc::Vpc::builder().name(e0034.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0034 that rfs derives from the properties
    stack.only_explicit_requirements(&e0033);
    let e0032 = stack.add(
        "e0032",
        vpc::Vpc::builder().name(e0033.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0033 that rfs derives from the properties
    stack.only_explicit_requirements(&e0032);
    let e0031 = stack.add(
        "e0031",
        vpc::Vpc::builder().name(e0032.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0032 that rfs derives from the properties
    stack.only_explicit_requirements(&e0031);
    let e0030 = stack.add(
        "e0030",
        vpc::Vpc::builder().name(e0031.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0031 that rfs derives from the properties
    stack.only_explicit_requirements(&e0030);
    let e0029 = stack.add(
        "e0029",
        vpc::Vpc::builder().name(e0030.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0030 that rfs derives from the properties
    stack.only_explicit_requirements(&e0029);
    let e0028 = stack.add(
        "e0028",
        vpc::Vpc::builder().name(e0029.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0029 that rfs derives from the properties
    stack.only_explicit_requirements(&e0028);
    let e0027 = stack.add(
        "e0027",
        vpc::Vpc::builder().name(e0028.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0028 that rfs derives from the properties
    stack.only_explicit_requirements(&e0027);
    let e0026 = stack.add(
        "e0026",
        vpc::Vpc::builder().name(e0027.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0027 that rfs derives from the properties
    stack.only_explicit_requirements(&e0026);
    let e0025 = stack.add(
        "e0025",
        vpc::Vpc::builder().name(e0026.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0026 that rfs derives from the properties
    stack.only_explicit_requirements(&e0025);
    let e0024 = stack.add(
        "e0024",
        vpc::Vpc::builder().name(e0025.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0025 that rfs derives from the properties
    stack.only_explicit_requirements(&e0024);
    let e0023 = stack.add(
        "e0023",
        vpc::Vpc::builder().name(e0024.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0024 that rfs derives from the properties
    stack.only_explicit_requirements(&e0023);
    let e0022 = stack.add(
        "e0022",
        vpc::Vpc::builder().name(e0023.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0023 that rfs derives from the properties
    stack.only_explicit_requirements(&e0022);
    let e0021 = stack.add(
        "e0021",
        vpc::Vpc::builder().name(e0022.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0022 that rfs derives from the properties
    stack.only_explicit_requirements(&e0021);
    let e0020 = stack.add(
        "e0020",
        vpc::Vpc::builder().name(e0021.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0021 that rfs derives from the properties
    stack.only_explicit_requirements(&e0020);
    let e0019 = stack.add(
        "e0019",
        vpc::Vpc::builder().name(e0020.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0020 that rfs derives from the properties
    stack.only_explicit_requirements(&e0019);
    let e0018 = stack.add(
        "e0018",
        vpc::Vpc::builder().name(e0019.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0019 that rfs derives from the properties
    stack.only_explicit_requirements(&e0018);
    let e0017 = stack.add(
        "e0017",
        vpc::Vpc::builder().name(e0018.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0018 that rfs derives from the properties
    stack.only_explicit_requirements(&e0017);
    let e0016 = stack.add(
        "e0016",
        vpc::Vpc::builder().name(e0017.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0017 that rfs derives from the properties
    stack.only_explicit_requirements(&e0016);
    let e0015 = stack.add(
        "e0015",
        vpc::Vpc::builder().name(e0016.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0016 that rfs derives from the properties
    stack.only_explicit_requirements(&e0015);
    let e0014 = stack.add(
        "e0014",
        vpc::Vpc::builder().name(e0015.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0015 that rfs derives from the properties
    stack.only_explicit_requirements(&e0014);
    let e0013 = stack.add(
        "e0013",
        vpc::Vpc::builder().name(e0014.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0014 that rfs derives from the properties
    stack.only_explicit_requirements(&e0013);
    let e0012 = stack.add(
        "e0012",
        vpc::Vpc::builder().name(e0013.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0013 that rfs derives from the properties
    stack.only_explicit_requirements(&e0012);
    let e0011 = stack.add(
        "e0011",
        vpc::Vpc::builder().name(e0012.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0012 that rfs derives from the properties
    stack.only_explicit_requirements(&e0011);
    let e0010 = stack.add(
        "e0010",
        vpc::Vpc::builder().name(e0011.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0011 that rfs derives from the properties
    stack.only_explicit_requirements(&e0010);
    let e0009 = stack.add(
        "e0009",
        vpc::Vpc::builder().name(e0010.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0010 that rfs derives from the properties
    stack.only_explicit_requirements(&e0009);
    let e0008 = stack.add(
        "e0008",
        vpc::Vpc::builder().name(e0009.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0009 that rfs derives from the properties
    stack.only_explicit_requirements(&e0008);
    let e0007 = stack.add(
        "e0007",
        vpc::Vpc::builder().name(e0008.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0008 that rfs derives from the properties
    stack.only_explicit_requirements(&e0007);
    let e0006 = stack.add(
        "e0006",
        vpc::Vpc::builder().name(e0007.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0007 that rfs derives from the properties
    stack.only_explicit_requirements(&e0006);
    let e0005 = stack.add(
        "e0005",
        vpc::Vpc::builder().name(e0006.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0006 that rfs derives from the properties
    stack.only_explicit_requirements(&e0005);
    let e0004 = stack.add(
        "e0004",
        vpc::Vpc::builder().name(e0005.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0005 that rfs derives from the properties
    stack.only_explicit_requirements(&e0004);
    let e0003 = stack.add(
        "e0003",
        vpc::Vpc::builder().name(e0004.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0004 that rfs derives from the properties
    stack.only_explicit_requirements(&e0003);
    let e0002 = stack.add(
        "e0002",
        vpc::Vpc::builder().name(e0003.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0003 that rfs derives from the properties
    stack.only_explicit_requirements(&e0002);
    let e0001 = stack.add(
        "e0001",
        vpc::Vpc::builder().name(e0002.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0002 that rfs derives from the properties
    stack.only_explicit_requirements(&e0001);
    let e0000 = stack.add(
        "e0000",
        vpc::Vpc::builder().name(e0001.attr().ref_name()).cidr("10.0.0.0/8").build(),
    );
    // the template leaves out the requirement(s) name -> e0001 that rfs derives from the properties
    stack.only_explicit_requirements(&e0000);
    stack.output("first", e0000.id());
    stack
}
