package com.baobei.visit.view;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RotationViews extends JpaRepository<RotationView, String> {
}
