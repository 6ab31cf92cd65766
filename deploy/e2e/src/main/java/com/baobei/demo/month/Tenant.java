package com.baobei.demo.month;

/** A developer (开发商): owns projects and has the final word in disputes. */
public record Tenant(String id, String name) {
}
