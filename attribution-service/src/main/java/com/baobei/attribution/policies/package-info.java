/** Managing a project's policy versions: their JSON form, validation, storage and the re-fold a change causes. */
package com.baobei.attribution.policies;
