//! The stack `function-trigger`, imported from `function-trigger.yaml` by `rfs import`.
//!
//! Escape hatches: 0.

use rfs_dsl::types::{fgs, obs};
use rfs_dsl::func::base64_encode;
use rfs_dsl::{Input, Stack, json};

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("function-trigger").description(
        "A function that runs for every object uploaded to a bucket",
    );
    let bucket = stack.input(
        "bucket",
        Input::<String>::new()
            .regex("^[a-z]([-a-z0-9]*[a-z0-9])?$")
            .description("Name of the new bucket"),
    );
    let uploads = stack.add(
        "uploads",
        obs::Bucket::builder().name(&bucket).acl(obs::BucketAcl::Private).build(),
    );
    let on_upload = stack.add(
        "on-upload",
        fgs::Function::builder()
            .code(
                base64_encode("def handler(event, context):\n    print(event)\n    return 'ok'\n"),
            )
            .description("Logs every uploaded object")
            .memory_size(fgs::FunctionMemorySize::V256)
            .environment(
                fgs::Environment::builder().variables(json!({"LOG_LEVEL": "info"})).build(),
            )
            .handler("index.handler")
            .timeout(30)
            .code_type(fgs::FunctionCodeType::Inline)
            .name("on-upload")
            .runtime("Python3.6")
            .build(),
    );
    stack.add(
        "upload-trigger",
        fgs::ObsEventMap::builder()
            .event_type(
                [
                    fgs::ObsEventMapEventType::ObjectCreatedPut,
                    fgs::ObsEventMapEventType::ObjectCreatedPost,
                ],
            )
            .bucket_name(uploads.attr().ref_name())
            .func_id(on_upload.id())
            .build(),
    );
    stack.output("function", on_upload.attr().ref_id()).description("URN of the function");
    stack
}
