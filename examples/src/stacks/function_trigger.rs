//! A FunctionGraph function run for every object uploaded to an OBS bucket: bucket, function
//! (inline Python code, base64-encoded) and the OBS trigger.

use rfs_dsl::func::base64_encode;
use rfs_dsl::types::{fgs, obs};
use rfs_dsl::{Input, Stack};

const HANDLER: &str = "def handler(event, context):\n    print(event)\n    return 'ok'\n";

/// Builds the stack.
pub fn stack() -> Stack {
    let mut stack = Stack::new("function-trigger")
        .description("A function that runs for every object uploaded to a bucket");
    let bucket_name = stack.input(
        "bucket",
        Input::<String>::new()
            .regex("^[a-z]([-a-z0-9]*[a-z0-9])?$")
            .description("Name of the new bucket"),
    );

    let bucket = stack.add(
        "uploads",
        obs::Bucket::builder()
            .name(bucket_name)
            .acl(obs::BucketAcl::Private)
            .build(),
    );
    let function = stack.add(
        "on-upload",
        fgs::Function::builder()
            .name("on-upload")
            .runtime("Python3.6")
            .handler("index.handler")
            .code_type(fgs::FunctionCodeType::Inline)
            .code(base64_encode(HANDLER))
            .memory_size(fgs::FunctionMemorySize::V256)
            .timeout(30)
            .environment(
                fgs::Environment::builder()
                    .variables([("LOG_LEVEL", "info")])
                    .build(),
            )
            .description("Logs every uploaded object")
            .build(),
    );
    stack.add(
        "upload-trigger",
        fgs::ObsEventMap::builder()
            .bucket_name(bucket.attr().ref_name())
            .func_id(function.id())
            .event_type([
                fgs::ObsEventMapEventType::ObjectCreatedPut,
                fgs::ObsEventMapEventType::ObjectCreatedPost,
            ])
            .build(),
    );
    stack
        .output("function", function.attr().ref_id())
        .description("URN of the function");
    stack
}
