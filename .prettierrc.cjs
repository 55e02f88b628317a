// prettier with @prettier/plugin-xml for the XML files (make lint: --check,
// make format: --write); versions pinned in package.json, installed into
// node_modules by `npm ci` (.ci/run). The settings of OCA's
// oca-addons-repo-template for Odoo 18.0, except two:
// - tabWidth 4: OCA's repositories indent XML by 4 (their .editorconfig);
// - xmlWhitespaceSensitivity "strict" (plugin-xml's default) instead of OCA's
//   "preserve", which inserts line breaks between adjacent inline elements:
//   a space a user sees, e.g. "Chuyên viên , Phòng ..." in the announcement's
//   list or between the icon and the figure of the kanban badges. "strict"
//   only re-indents where the files already have whitespace.
/** @type {import('prettier').Config} */
const config = {
    plugins: [require.resolve("@prettier/plugin-xml")],
    bracketSpacing: false,
    printWidth: 88,
    proseWrap: "always",
    semi: true,
    tabWidth: 4,
    trailingComma: "es5",
    xmlWhitespaceSensitivity: "strict",
};

module.exports = config;
