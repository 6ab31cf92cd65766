/** The live path: store a poll's events per project, fold the project once, project and queue what changed. */
package com.baobei.attribution.live;
