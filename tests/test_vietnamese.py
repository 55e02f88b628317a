from odoo.tests import TransactionCase, tagged

from ..tools.vietnamese import name_key, sort_names, text_key


@tagged("post_install", "-at_install")
class TestVietnameseOrder(TransactionCase):
    def test_people_by_given_name_then_family_then_middle(self):
        names = ["Trần Bình", "Nguyễn Thị Ánh", "Lê Đức Anh", "Đặng Văn An"]
        self.assertEqual(
            sort_names(names),
            ["Đặng Văn An", "Lê Đức Anh", "Nguyễn Thị Ánh", "Trần Bình"],
        )

    def test_same_given_name_by_family_name_d_before_dd(self):
        names = ["Đỗ An", "Đặng Văn An", "Dương An", "Vũ Thị Minh An"]
        self.assertEqual(
            sort_names(names),
            ["Dương An", "Đặng Văn An", "Đỗ An", "Vũ Thị Minh An"],
        )

    def test_same_given_and_family_name_by_middle_names(self):
        names = ["Nguyễn Văn Hùng", "Nguyễn Đình Hùng", "Nguyễn Hùng"]
        self.assertEqual(
            sort_names(names),
            ["Nguyễn Hùng", "Nguyễn Đình Hùng", "Nguyễn Văn Hùng"],
        )

    def test_letters_then_tones_in_dictionary_order(self):
        words = ["đa", "dạo", "dáo", "dão", "dảo", "dào", "dao", "ân", "ăn", "an"]
        self.assertEqual(
            sorted(words, key=text_key),
            ["an", "ăn", "ân", "dao", "dào", "dảo", "dão", "dáo", "dạo", "đa"],
        )

    def test_prefix_before_longer_word_and_case_last(self):
        self.assertLess(name_key("Lê An"), name_key("Lê Anh"))
        self.assertLess(text_key("an"), text_key("An"))
        self.assertEqual(sort_names(["", "Lê An"]), ["", "Lê An"])
