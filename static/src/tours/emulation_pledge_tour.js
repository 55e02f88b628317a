/** @odoo-module **/
/*
 * A unit officer enters the self score of the unit on the year's pledge, run
 * by tests/test_tours.py on a pledge it creates (signed, with criteria and
 * members). Every step waits for its element: a missing one fails the tour.
 */
import { registry } from "@web/core/registry";

export const TOUR_PLEDGE = {
    pledge: "Tour Giao ước thi đua",
    member: "Tour Phòng Một",
    criterion: "Tour Công tác chuyên môn",
    selfScore: "55",
};

const ROW = `.o_data_row:has(td[name="member_id"]:contains("${TOUR_PLEDGE.member}")):has(td[name="criterion_id"]:contains("${TOUR_PLEDGE.criterion}"))`;

registry.category("web_tour.tours").add("emulation_commendation_pledge_tour_self_score", {
    url: "/odoo/emulation-pledges",
    steps: () => [
        {
            content: "Open the pledge",
            trigger: `.o_data_row td.o_data_cell[name="name"]:contains("${TOUR_PLEDGE.pledge}")`,
            run: "click",
        },
        {
            content: "The pledge is signed",
            trigger: '.o_statusbar_status button.o_arrow_button_current[data-value="signed"]',
        },
        {
            content: "Open the score sheet",
            trigger: 'button[name="action_open_score_sheet"]',
            run: "click",
        },
        {
            content: "Unfold the unit's scores",
            trigger: `.o_group_header:contains("${TOUR_PLEDGE.member}")`,
            run: "click",
        },
        {
            content: "Edit the unit's score on the criterion",
            trigger: `${ROW} td.o_data_cell[name="self_score"]`,
            run: "click",
        },
        {
            content: "Enter the self score",
            trigger: '.o_selected_row .o_field_widget[name="self_score"] input',
            run: `edit ${TOUR_PLEDGE.selfScore}`,
        },
        {
            content: "Save the score sheet",
            trigger: ".o_list_button_save:enabled",
            run: "click",
        },
        {
            content: "The self score is saved",
            trigger: `.o_list_renderer:not(:has(.o_selected_row)) ${ROW} td[name="self_score"]:contains("${TOUR_PLEDGE.selfScore}")`,
        },
    ],
});
