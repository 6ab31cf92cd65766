package com.baobei.attribution.persistence;

/**
 * The locked state row of a project: how many events it has and how many times it was folded,
 * which tells an instance whether its in-memory copy is still the truth; dirty when it holds
 * events not folded yet.
 */
public record ProjectLock(long eventCount, long foldSeq, boolean dirty) {
}
