package com.baobei.demo.month;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Made-up clients: common surnames and given names, mainland mobile numbers (13x/15x/18x). Every person gets a
 * number whose masked form is unique in the month too, so that ID-2's "same masked number and surname" happens only
 * where a step means it to.
 */
final class People {

    private static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
            "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田");
    private static final List<String> GIVEN_NAMES = List.of(
            "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
            "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "晓东", "雪梅", "海燕", "子轩", "浩然", "欣怡",
            "梓涵", "一诺", "雨桐", "国庆", "建国", "丽华", "春梅", "文博", "思远", "嘉怡", "俊杰", "晓燕");
    private static final List<String> PREFIXES = List.of(
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
            "150", "151", "152", "153", "155", "156", "157", "158", "159",
            "180", "181", "182", "183", "185", "186", "187", "188", "189");

    private final Random random;
    private final Set<String> masked = new HashSet<>();

    People(Random random) {
        this.random = random;
    }

    Person next() {
        return withSurname(pick(SURNAMES));
    }

    Person withSurname(String surname) {
        while (true) {
            String phone = pick(PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
            String maskedForm = phone.substring(0, 3) + phone.substring(7);
            if (masked.add(maskedForm)) {
                return new Person(surname, pick(GIVEN_NAMES), phone);
            }
        }
    }

    /** A surname other than {@code not}: a wife who kept her own, a friend. */
    Person otherThan(String not) {
        String surname;
        do {
            surname = pick(SURNAMES);
        } while (surname.equals(not));
        return withSurname(surname);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
