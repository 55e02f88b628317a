"""Helpers shared by the official documents printed in the layout of
Nghị định 30/2020/NĐ-CP (number, place-and-date line, money, agency block)."""

from odoo import fields, models


class EmulationDocumentHelper(models.AbstractModel):
    _name = "emulation.document.helper"
    _description = "Official Document Helper"

    def _agency(self, company=None):
        """Header values of the agency, from the company settings."""
        company = company or self.env.company
        agency = company.emulation_agency_name or (company.name or "").upper()
        return {
            "parent": company.emulation_parent_agency or "",
            "name": agency,
            "code": company.emulation_agency_code or "",
            "place": company.emulation_place or company.city or "",
            "signer_title": company.emulation_signer_title or "",
            "signer_name": company.emulation_signer_name or "",
            "drafting_unit": company.emulation_drafting_unit or "",
        }

    def number_line(self, number, type_code, company=None):
        """'Số: 13/KH-NV'. A bare number gets the type and agency code; an empty
        one leaves the blank that the registry clerk fills when issuing."""
        code = self._agency(company)["code"]
        suffix = "-".join(part for part in (type_code, code) if part)
        number = (number or "").strip()
        if not number:
            return "Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/%s" % suffix
        if "/" in number:
            return "Số: %s" % number
        if number.isdigit():
            number = "%02d" % int(number)
        return "Số: %s/%s" % (number, suffix)

    def number_short(self, number):
        """The ordinal part of a document number: '12/QĐ-NV' -> '12'."""
        return (number or "").split("/")[0].strip()

    def date_line(self, date, company=None):
        """'Hải Phòng, ngày 19 tháng 02 năm 2025' (leading zeros for day < 10 and
        months 1-2 only, per Decree 30; blanks when the date is unknown)."""
        place = self._agency(company)["place"]
        prefix = "%s, " % place if place else ""
        date = fields.Date.to_date(date) if date else None
        if not date:
            blank = "\u00a0" * 6
            year = fields.Date.context_today(self).year
            return "%sngày%stháng%snăm %s" % (prefix, blank, blank, year)
        return "%sngày %s tháng %s năm %s" % (
            prefix,
            self.day_text(date),
            self.month_text(date),
            date.year,
        )

    def day_text(self, date):
        return "%02d" % date.day

    def month_text(self, date):
        return "%02d" % date.month if date.month <= 2 else str(date.month)

    def date_text(self, date):
        """dd/mm/yyyy"""
        date = fields.Date.to_date(date) if date else None
        return date.strftime("%d/%m/%Y") if date else ""

    def money(self, amount):
        """1170000 -> '1.170.000'"""
        return "{:,.0f}".format(amount or 0).replace(",", ".")

    def upper(self, text):
        return (text or "").upper()
