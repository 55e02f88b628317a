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
    "data": [],
    "demo": [],
}
