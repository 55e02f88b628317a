# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Emulation and Commendation",
    "summary": "Thi đua, khen thưởng: plans, movements, pledges, award dossiers, "
    "council votes and decisions for a Vietnamese public agency",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Emulation",
    "website": "https://github.com/emulation-commendation/emulation_commendation",
    "author": "Emulation Commendation contributors",
    "license": "LGPL-3",
    "application": True,
    "installable": True,
    "depends": ["hr", "mail"],
    "data": [
        "security/emulation_commendation_security.xml",
        "security/ir.model.access.csv",
        "data/commendation_sequence_data.xml",
        "views/emulation_legal_document_views.xml",
        "views/commendation_document_kind_views.xml",
        "views/commendation_type_views.xml",
        "views/emulation_rating_views.xml",
        "views/emulation_initiative_views.xml",
        "views/emulation_discipline_views.xml",
        "views/emulation_council_views.xml",
        "views/hr_employee_views.xml",
        "views/emulation_commendation_menus.xml",
        "data/report_paperformat_data.xml",
        "data/res_partner_data.xml",
        "views/res_config_settings_views.xml",
        "reports/report_layout.xml",
    ],
    "demo": [],
    "assets": {
        "web.report_assets_common": [
            "emulation_commendation/static/src/scss/report_nd30.scss",
        ],
    },
}
