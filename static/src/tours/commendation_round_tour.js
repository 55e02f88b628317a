/** @odoo-module **/
/*
 * The year-end round in the browser, one tour per actor, run by
 * tests/test_tours.py in this order. The test creates the council, the two
 * units, their people and users, and the two units' dossiers, submitted by
 * their unit officers and verified by the Office:
 *   _office_session    the Office builds the council session from the two
 *                      units' dossiers and opens it;
 *   _secretary         the council secretary enters the members present, the
 *                      absent member's written opinion and the tallies, then
 *                      closes the session;
 *   _office_decision   the Office drafts the decision for Lao động tiên tiến
 *                      and sends it to the Director;
 *   _director          the Director issues the decision (the awards);
 *   _employee          an HR officer finds the award on the employee's form.
 * Every step waits for its element: a missing one fails the tour (timeout).
 */
import { registry } from "@web/core/registry";
import { formatDate } from "@web/core/l10n/dates";

const { DateTime } = luxon;

export const TOUR_ROUND = {
    council: "Tour Hội đồng",
    place: "Tour Phòng họp tầng 2",
    units: ["Tour Phòng Một", "Tour Phòng Hai"],
    // Lao động tiên tiến: no vote needed; Chiến sĩ thi đua cơ sở: secret
    // ballot, 80 % of the council's 5 members (4 votes).
    ldtt: ["Tour Nguyễn Văn Một", "Tour Lê Văn Ba"],
    cstdcs: ["Tour Trần Thị Hai", "Tour Phạm Thị Bốn"],
    present: ["Tour Thư ký", "Tour Thành viên 1", "Tour Thành viên 2", "Tour Thành viên 3"],
    written: ["Tour Thành viên 4"],
    tallies: [
        ["Tour Trần Thị Hai", 5, 0],
        ["Tour Phạm Thị Bốn", 3, 2],
    ],
    ldttName: "Lao động tiên tiến",
    decisionNumber: "99/QĐ-TOUR",
};

const AGENDA = 'div[name="line_ids"]';
// The machines running the tests may be slow: wait up to 30 s for each
// element (instead of 10 s) before failing.
const TIMEOUT = 30000;

function patient(steps) {
    return steps.map((step) => ({ timeout: TIMEOUT, ...step }));
}

function statusIs(state) {
    return {
        content: `The record is now ${state}`,
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

/**
 * Tags one after the other, saving after each: the form's onchange of a tag
 * may re-render the field while the next name is being typed.
 */
function pickTags(field, names) {
    return names.flatMap((name) => [
        ...pickMany2one(field, name),
        {
            content: `${name} is listed in ${field}`,
            trigger: `.o_field_widget[name="${field}"] .o_tag:contains("${name}")`,
        },
        ...saveForm(),
    ]);
}

/** In the select dialog of a many2many: tick the rows naming ``texts``. */
function selectRows(texts) {
    return [
        ...texts.map((text) => ({
            content: `Tick “${text}”`,
            trigger: `.modal .o_list_view .o_data_row:contains("${text}") .o_list_record_selector input`,
            run: "click",
        })),
        {
            content: "Select them",
            trigger: ".modal .o_select_button:enabled",
            run: "click",
        },
    ];
}

// The "add" wizards (agenda, decision): open the list of the wizard's field,
// tick the rows, select them, see the last one chosen, then confirm.
function chooseInWizard(field, texts, what, confirm) {
    return [
        {
            content: `Choose ${what}`,
            trigger: `.modal div[name="${field}"] .o_field_x2many_list_row_add a`,
            run: "click",
        },
        ...selectRows(texts),
        {
            content: `Both ${what} are chosen`,
            trigger: `.modal div[name="${field}"] .o_data_row:contains("${texts.at(-1)}")`,
        },
        {
            content: confirm,
            trigger: '.modal button[name="action_confirm"]',
            run: "click",
        },
    ];
}

function saveForm() {
    return [
        {
            content: "Save",
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

function agendaRow(name) {
    return `${AGENDA} .o_data_row:contains("${name}")`;
}

function tally(name, votesFor, votesAgainst) {
    return [
        {
            content: `Open the tally of ${name}`,
            trigger: `${agendaRow(name)} td.o_data_cell[name="votes_for"]`,
            run: "click",
        },
        {
            content: `Votes for ${name}`,
            trigger: `${agendaRow(name)}.o_selected_row .o_field_widget[name="votes_for"] input`,
            run: `edit ${votesFor}`,
        },
        {
            content: `Votes against ${name}`,
            trigger: `${agendaRow(name)}.o_selected_row .o_field_widget[name="votes_against"] input`,
            run: `edit ${votesAgainst}`,
        },
        {
            content: `The tally of ${name} is entered`,
            trigger: `${agendaRow(name)}.o_selected_row .o_field_widget[name="votes_against"] input:value("${votesAgainst}")`,
        },
    ];
}

function openTab(name) {
    return {
        content: `Open the ${name} tab`,
        trigger: `a.nav-link[name="${name}"]`,
        run: "click",
    };
}

registry.category("web_tour.tours").add("emulation_commendation_round_tour_office_session", {
    url: "/odoo/council-sessions/new",
    steps: () =>
        patient([
            ...pickMany2one("council_id", TOUR_ROUND.council),
            {
                content: "The council's secretary is filled in",
                trigger: '.o_field_widget[name="secretary_id"] input:value("Tour Thư ký")',
            },
            {
                content: "Place of the session",
                trigger: '.o_field_widget[name="place"] input',
                run: `edit ${TOUR_ROUND.place}`,
            },
            ...saveForm(),
            {
                content: "Add the units' dossiers",
                trigger: 'button[name="action_open_add_wizard"]',
                run: "click",
            },
            ...chooseInWizard("dossier_ids", TOUR_ROUND.units, "dossiers", "Put their lines on the agenda"),
            ...[...TOUR_ROUND.ldtt, ...TOUR_ROUND.cstdcs].map((name) => ({
                content: `${name} is on the agenda`,
                trigger: `${agendaRow(name)} td[name="state"]:contains("On the Agenda")`,
            })),
            {
                content: "Open the session",
                trigger: 'button[name="action_start"]',
                run: "click",
            },
            statusIs("in_progress"),
        ]),
});

registry.category("web_tour.tours").add("emulation_commendation_round_tour_secretary", {
    url: "/odoo/council-sessions",
    steps: () =>
        patient([
            {
                content: "Open the session from the board",
                trigger: `.o_kanban_record:contains("${TOUR_ROUND.place}")`,
                run: "click",
            },
            statusIs("in_progress"),
            openTab("attendance"),
            ...pickTags("present_member_ids", TOUR_ROUND.present),
            ...pickTags("written_member_ids", TOUR_ROUND.written),
            {
                content: "The quorum is reached",
                trigger: '.badge.text-bg-success:contains("Quorum reached")',
            },
            openTab("agenda"),
            ...TOUR_ROUND.tallies.flatMap(([name, votesFor, votesAgainst]) =>
                tally(name, votesFor, votesAgainst)
            ),
            ...saveForm(),
            {
                content: `${TOUR_ROUND.tallies[0][0]} reaches the 4 votes needed`,
                trigger: `${agendaRow(TOUR_ROUND.tallies[0][0])} td[name="vote_passing"] input:checked`,
            },
            {
                content: `${TOUR_ROUND.tallies[1][0]} does not`,
                trigger: `${agendaRow(TOUR_ROUND.tallies[1][0])} td[name="vote_passing"] input:not(:checked)`,
            },
            {
                content: "Close the session",
                trigger: 'button[name="action_close"]',
                run: "click",
            },
            statusIs("closed"),
            {
                content: `${TOUR_ROUND.tallies[1][0]} is not passed`,
                trigger: `${agendaRow(TOUR_ROUND.tallies[1][0])} td[name="state"]:contains("Not Passed")`,
            },
            {
                content: "The closing is logged in the chatter",
                trigger: '.o-mail-Message-body:contains("Session closed")',
            },
        ]),
});

registry.category("web_tour.tours").add("emulation_commendation_round_tour_office_decision", {
    url: "/odoo/award-decisions/new",
    steps: () =>
        patient([
            {
                content: "Number of the decision",
                trigger: '.o_field_widget[name="name"] input',
                run: `edit ${TOUR_ROUND.decisionNumber}`,
            },
            {
                content: "Date of the decision",
                trigger: '.o_field_widget[name="date"] input',
                run: `edit ${today()} && press Enter`,
            },
            ...saveForm(),
            {
                content: "Add the recipients",
                trigger: 'button[name="action_open_add_wizard"]',
                run: "click",
            },
            ...pickMany2one("type_id", TOUR_ROUND.ldttName, ".modal"),
            ...chooseInWizard("line_ids", TOUR_ROUND.ldtt, "recipients", "Add them to the decision"),
            ...TOUR_ROUND.ldtt.map((name) => ({
                content: `${name} is in the decision`,
                trigger: `div[name="line_ids"] .o_data_row:contains("${name}")`,
            })),
            {
                content: "The subject names the title",
                trigger: `.o_field_widget[name="subject"] input:value("Về việc công nhận danh hiệu ${TOUR_ROUND.ldttName}")`,
            },
            {
                content: "Send the draft to the Director",
                trigger: 'button[name="action_request_signature"]',
                run: "click",
            },
            {
                content: "The request is logged in the chatter",
                trigger: '.o-mail-Message-body:contains("sent to the Director")',
            },
        ]),
});

registry.category("web_tour.tours").add("emulation_commendation_round_tour_director", {
    url: "/odoo/award-decisions",
    steps: () =>
        patient([
            {
                content: "Open the decision from the board",
                trigger: `.o_kanban_record:contains("${TOUR_ROUND.decisionNumber}")`,
                run: "click",
            },
            statusIs("draft"),
            {
                content: "Issue the decision (the fund's check first)",
                trigger: 'button[name="action_issue_checked"]',
                run: "click",
            },
            statusIs("issued"),
            {
                content: "Two awards are created",
                trigger: 'button[name="action_open_awards"] .o_stat_value:contains("2")',
            },
            openTab("awards"),
            ...TOUR_ROUND.ldtt.map((name) => ({
                content: `${name} has a valid award`,
                trigger: `div[name="award_ids"] .o_data_row:contains("${name}") td[name="state"]:contains("Valid")`,
            })),
        ]),
});

registry.category("web_tour.tours").add("emulation_commendation_round_tour_employee", {
    url: "/odoo/employees",
    steps: () =>
        patient([
            {
                content: "Search the employee",
                trigger: ".o_searchview_input",
                run: `edit ${TOUR_ROUND.ldtt[0]} && press Enter`,
            },
            {
                content: "Open the employee",
                trigger: `.o_kanban_record:contains("${TOUR_ROUND.ldtt[0]}")`,
                run: "click",
            },
            openTab("commendation_awards"),
            {
                content: "The award of the decision is listed",
                trigger: `div[name="commendation_award_ids"] .o_data_row:contains("${TOUR_ROUND.decisionNumber}"):contains("${TOUR_ROUND.ldttName}")`,
            },
        ]),
});
