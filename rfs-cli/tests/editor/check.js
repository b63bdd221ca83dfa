// What yaml-language-server (the YAML support of VS Code, Neovim, Helix, Zed) makes of rfs's
// schema: its diagnostics for each template named, its hover on a property key and its
// completion of property keys, printed as one JSON document. Run by tests/schema.rs:
//   node check.js SCHEMA TEMPLATE...   (with NODE_PATH naming the installed node_modules)
'use strict';
const fs = require('fs');
const path = require('path');
const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService');
const { TextDocument } = require('vscode-languageserver-textdocument');

const [schemaFile, ...templates] = process.argv.slice(2);
const schemaUri = 'file://' + path.resolve(schemaFile);
const service = getLanguageService({
  schemaRequestService: (uri) => Promise.resolve(fs.readFileSync(new URL(uri), 'utf8')),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
});
service.configure({
  validate: true,
  completion: true,
  hover: true,
  schemas: [{ uri: schemaUri, fileMatch: ['*.yaml', '*.yml'] }],
});

const document = (name, text) => TextDocument.create('file://' + path.resolve(name), 'yaml', 1, text);

(async () => {
  const diagnostics = {};
  for (const file of templates) {
    const found = await service.doValidation(document(file, fs.readFileSync(file, 'utf8')), false);
    diagnostics[file] = found.map((d) => `${d.range.start.line + 1}: ${d.message}`);
  }
  const probe = document('probe.yaml', [
    'tosca_definitions_version: huaweicloud_tosca_version_1_0',
    'node_templates:',
    '  net:',
    '    type: HuaweiCloud.VPC.VPC',
    '    properties:',
    '      cidr: 10.0.0.0/8',
    '      ',
    '',
  ].join('\n'));
  const hover = await service.doHover(probe, { line: 5, character: 8 });
  const completion = await service.doComplete(probe, { line: 6, character: 6 }, false);
  console.log(JSON.stringify({
    diagnostics,
    hover: hover ? hover.contents.value : null,
    completion: completion.items.map((i) => i.label),
  }));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
