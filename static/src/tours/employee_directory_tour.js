/** @odoo-module **/
/*
 * A civil servant without HR rights looks a colleague up: Employees, the
 * list, the colleague's public profile and its Awards tab. Run by
 * tests/test_tour_directory.py, which creates the colleague and the award.
 * Before the addon's guard on hr's search view (private_car_plate), the
 * first step already failed ("Unknown field private_car_plate").
 */
import { registry } from "@web/core/registry";

export const TOUR_DIRECTORY = {
    colleague: "Tour Đồng Nghiệp Được Khen",
    type: "Tour Giấy khen đồng nghiệp",
    decisionNumber: "15/QĐ-TOURDIR",
};

registry.category("web_tour.tours").add("emulation_commendation_directory_tour", {
    url: "/odoo/employees",
    steps: () => [
        {
            content: "The employees are listed",
            trigger: ".o_kanban_view .o_kanban_record",
        },
        {
            content: "Switch to the list",
            trigger: "button.o_switch_view.o_list",
            run: "click",
        },
        {
            content: "The colleague is in the list",
            trigger: `.o_list_view .o_data_row:contains("${TOUR_DIRECTORY.colleague}")`,
        },
        {
            content: "Search the colleague",
            trigger: ".o_searchview_input",
            run: `edit ${TOUR_DIRECTORY.colleague} && press Enter`,
        },
        {
            content: "Open the colleague",
            trigger: `.o_data_row:contains("${TOUR_DIRECTORY.colleague}") td.o_data_cell`,
            run: "click",
        },
        {
            content: "The public profile opens",
            trigger: `.o_form_view .o_field_widget[name="name"]:contains("${TOUR_DIRECTORY.colleague}")`,
        },
        {
            content: "Open the Awards tab",
            trigger: 'a.nav-link[name="commendation_awards"]',
            run: "click",
        },
        {
            content: "The colleague's award is listed",
            trigger: `div[name="commendation_award_ids"] .o_data_row:contains("${TOUR_DIRECTORY.decisionNumber}"):contains("${TOUR_DIRECTORY.type}")`,
        },
    ],
});
