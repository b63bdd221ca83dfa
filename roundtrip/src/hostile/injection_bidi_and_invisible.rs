//! The stack `injection-bidi-and-invisible`, imported from `injection-bidi-and-invisible.yaml` by `rfs import`.
//!
//! Escape hatches: 4. The template had 7 lint warning(s); `rfs lint` lists them, and `Stack::synth` reports the same.

use rfs_dsl::types::{cce, fgs, vpc};
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("injection-bidi-and-invisible").description(
        "access granted \u{202e} } \u{2066}if (admin)\u{2069} \u{2067} /* \u{202d} begin \u{202c}",
    );
    let bidi_input = stack.input(
        "bidi\u{202e}-input",
        Input::<String>::new().default_value("\u{200b}\u{200c}\u{200d}\u{2060}\u{feff}"),
    );
    let net_ten = stack.add(
        "net\u{202e}-ten",
        vpc::Vpc::builder().name("net").cidr("10.0.0.0/8\u{202e} // \u{2066} */").build(),
    );
    let net = stack.add(
        "net\u{200b}",
        vpc::Vpc::builder().name(net_ten.attr().ref_name()).cidr(&bidi_input).build(),
    );
    // the template leaves out the requirement(s) name -> net\u{202e}-ten that rfs derives from the properties
    stack.only_explicit_requirements(&net);
    // escape hatch: 'env\u{202e}Vars' is not in the spec of FGS.Function (a partial spec)
    // escape hatch: '\u{2066}hidden\u{2069}' is not in the spec of FGS.Function (a partial spec)
    let fn_bidi = stack.add(
        "fn-bidi",
        fgs::Function::builder()
            .name("fn")
            .handler("index.handler")
            .runtime("Python3.6")
            .code_type(fgs::FunctionCodeType::Inline)
            .code("def handler(e, c):\n    return '\u{202e}' # \u{2067} evil \u{2069}\n")
            .memory_size(fgs::FunctionMemorySize::V128)
            .timeout(3)
            .unlisted_property("env\u{202e}Vars", "unlisted key with a bidi override")
            .unlisted_property("\u{2066}hidden\u{2069}", "isolate")
            .build(),
    );
    // escape hatch: attribute 'refID\u{202e}' is not in the spec of FGS.Function
    // escape hatch: the template fills 'namespace', which takes text, with a value of unknown type: `cast_unchecked`
    let cm_bidi = stack.add(
        "cm-bidi",
        cce::ConfigMap::builder()
            .namespace(fn_bidi.attr().unlisted("refID\u{202e}").cast_unchecked::<String>())
            .data(json!({
                "\u{202e}key": "\u{202e}value",
                "zero\u{200b}width": "\u{2062}\u{2063}\u{2064}",
            }))
            .build(),
    );
    // the template leaves out the requirement(s) namespace -> fn-bidi that rfs derives from the properties
    stack.only_explicit_requirements(&cm_bidi);
    stack.output("out\u{202e}", net.attr().ref_name()).description("\u{202e}\u{2066}\u{2069}");
    stack
}
