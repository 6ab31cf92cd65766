/**
 * A policy tried before it is adopted: the project's stored events folded under its policy history as it stands
 * and again with the candidate version added, and the decisions that would differ listed side by side (ADR 0031's
 * neighbour, ADR 0035). Nothing is stored or published.
 */
package com.baobei.attribution.preview;
