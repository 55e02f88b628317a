/** @odoo-module **/
/*
 * The award dossier's way, one tour per actor, run by tests/test_tours.py in
 * this order (the test creates the unit, people, users, council and title):
 *   _unit      the unit officer proposes two people of the unit and submits;
 *   _office    the Office verifies and puts the dossier on the council's agenda;
 *   _council   the council secretary lists the members present and the tally;
 *   _director  the Director approves and records the decision;
 *   _employee  the award shows on the employee's form.
 * Every step waits for its element: a missing one fails the tour (timeout).
 */
import { registry } from "@web/core/registry";
import { formatDate } from "@web/core/l10n/dates";

const { DateTime } = luxon;

export const TOUR_DOSSIER = {
    title: "Tour: đề nghị khen thưởng",
    employees: ["Tour Nguyễn Văn Một", "Tour Trần Thị Hai"],
    type: "Tour Giấy khen",
    council: "Tour Hội đồng",
    present: ["Tour Thư ký", "Tour Thành viên 1", "Tour Thành viên 2", "Tour Thành viên 3"],
    decisionNumber: "99/QĐ-TOUR",
};

const LINES = 'div[name="line_ids"]';

function statusIs(state) {
    return {
        content: `The dossier is now ${state}`,
        trigger: `.o_statusbar_status button.o_arrow_button_current[data-value="${state}"]`,
    };
}

function pickMany2one(field, text, scope = "") {
    return [
        {
            content: `Type “${text}” in ${field}`,
            trigger: `${scope} .o_field_widget[name="${field}"] input`,
            run: `edit ${text}`,
        },
        {
            content: `Choose “${text}”`,
            trigger: `${scope} .o_field_widget[name="${field}"] .o-autocomplete--dropdown-menu li a:contains("${text}")`,
            run: "click",
        },
    ];
}

function addLine(employee) {
    return [
        {
            content: "Add a recipient",
            trigger: `${LINES} .o_field_x2many_list_row_add a`,
            run: "click",
        },
        ...pickMany2one("employee_id", employee, `${LINES} .o_selected_row`),
        ...pickMany2one("type_id", TOUR_DOSSIER.type, `${LINES} .o_selected_row`),
        {
            content: "The proposed title is set on the line",
            trigger: `${LINES} .o_selected_row .o_field_widget[name="type_id"] input:value("${TOUR_DOSSIER.type}")`,
        },
    ];
}

function saveForm() {
    return [
        {
            content: "Save the dossier",
            trigger: ".o_form_button_save:enabled",
            run: "click",
        },
        {
            content: "Saved",
            trigger: ".o_form_saved",
        },
    ];
}

function today() {
    return formatDate(DateTime.now());
}

function vote(row, votesFor, votesAgainst) {
    const rowSelector = `${LINES} .o_data_row:nth-child(${row})`;
    return [
        {
            content: `Open line ${row} of the tally`,
            trigger: `${rowSelector} td.o_data_cell[name="votes_for"]`,
            run: "click",
        },
        {
            content: `Votes for, line ${row}`,
            trigger: `${LINES} .o_selected_row .o_field_widget[name="votes_for"] input`,
            run: `edit ${votesFor}`,
        },
        {
            content: `Votes against, line ${row}`,
            trigger: `${LINES} .o_selected_row .o_field_widget[name="votes_against"] input`,
            run: `edit ${votesAgainst}`,
        },
    ];
}

function openFromBoard() {
    return {
        content: "Open the dossier from the board",
        trigger: `.o_kanban_record:contains("${TOUR_DOSSIER.title}")`,
        run: "click",
    };
}

registry.category("web_tour.tours").add("emulation_commendation_dossier_tour_unit", {
    url: "/odoo/award-dossiers/new",
    steps: () => [
        {
            content: "Subject of the dossier",
            trigger: '.o_field_widget[name="title"] input',
            run: `edit ${TOUR_DOSSIER.title}`,
        },
        ...addLine(TOUR_DOSSIER.employees[0]),
        ...addLine(TOUR_DOSSIER.employees[1]),
        ...saveForm(),
        {
            content: "Two recipients are listed",
            trigger: `${LINES} .o_data_row:nth-child(2) td[name="employee_id"]:contains("${TOUR_DOSSIER.employees[1]}")`,
        },
        {
            content: "Submit to the Office",
            trigger: 'button[name="action_submit"]',
            run: "click",
        },
        statusIs("submitted"),
    ],
});

registry.category("web_tour.tours").add("emulation_commendation_dossier_tour_office", {
    url: "/odoo/award-dossiers",
    steps: () => [
        openFromBoard(),
        statusIs("submitted"),
        {
            content: "Verify the dossier",
            trigger: 'button[name="action_verify"]',
            run: "click",
        },
        statusIs("verified"),
        {
            content: "Open the Council tab",
            trigger: 'a.nav-link[name="council"]',
            run: "click",
        },
        ...pickMany2one("council_id", TOUR_DOSSIER.council),
        {
            content: "Meeting date",
            trigger: '.o_field_widget[name="council_date"] input',
            run: `edit ${today()} && press Enter`,
        },
        ...saveForm(),
        {
            content: "Put the dossier on the council's agenda",
            trigger: 'button[name="action_to_council"]',
            run: "click",
        },
        statusIs("council"),
    ],
});

registry.category("web_tour.tours").add("emulation_commendation_dossier_tour_council", {
    url: "/odoo/award-dossiers",
    steps: () => [
        openFromBoard(),
        statusIs("council"),
        {
            content: "Open the Council tab",
            trigger: 'a.nav-link[name="council"]',
            run: "click",
        },
        ...TOUR_DOSSIER.present.flatMap((name) => [
            ...pickMany2one("present_member_ids", name),
            {
                content: `${name} is listed as present`,
                trigger: `.o_field_widget[name="present_member_ids"] .o_tag:contains("${name}")`,
            },
        ]),
        {
            content: "Back to the recipients",
            trigger: 'a.nav-link[name="lines"]',
            run: "click",
        },
        ...vote(1, 4, 0),
        ...vote(2, 3, 1),
        ...saveForm(),
        {
            content: "Line 2 passed the threshold",
            trigger: `${LINES} .o_data_row:nth-child(2) td[name="vote_passed"] input:checked`,
        },
        {
            content: "The tally is complete: hand it to the Director",
            trigger: 'button[name="action_vote_recorded"]',
            run: "click",
        },
        {
            content: "The tally is logged in the chatter",
            trigger: '.o-mail-Message-body:contains("Council vote")',
        },
    ],
});

registry.category("web_tour.tours").add("emulation_commendation_dossier_tour_director", {
    url: "/odoo/award-dossiers",
    steps: () => [
        openFromBoard(),
        statusIs("council"),
        {
            content: "Approve the council's proposal",
            trigger: 'button[name="action_approve"]',
            run: "click",
        },
        statusIs("approved"),
        {
            content: "Open the Decision tab",
            trigger: 'a.nav-link[name="decision"]',
            run: "click",
        },
        {
            content: "Decision number",
            trigger: '.o_field_widget[name="decision_number"] input',
            run: `edit ${TOUR_DOSSIER.decisionNumber}`,
        },
        {
            content: "Decision date",
            trigger: '.o_field_widget[name="decision_date"] input',
            run: `edit ${today()} && press Enter`,
        },
        ...saveForm(),
        {
            content: "Record the decision",
            trigger: 'button[name="action_decide"]',
            run: "click",
        },
        statusIs("decided"),
        {
            content: "Two awards are created",
            trigger: 'button[name="action_open_awards"] .o_stat_value:contains("2")',
        },
    ],
});

registry.category("web_tour.tours").add("emulation_commendation_dossier_tour_employee", {
    url: "/odoo/employees",
    steps: () => [
        {
            content: "Search the employee",
            trigger: ".o_searchview_input",
            run: `edit ${TOUR_DOSSIER.employees[0]} && press Enter`,
        },
        {
            content: "Open the employee",
            trigger: `.o_kanban_record:contains("${TOUR_DOSSIER.employees[0]}")`,
            run: "click",
        },
        {
            content: "Open the Awards tab of the employee",
            trigger: 'a.nav-link[name="commendation_awards"]',
            run: "click",
        },
        {
            content: "The award of the decision is listed",
            trigger: `div[name="commendation_award_ids"] .o_data_row:contains("${TOUR_DOSSIER.decisionNumber}"):contains("${TOUR_DOSSIER.type}")`,
        },
    ],
});
