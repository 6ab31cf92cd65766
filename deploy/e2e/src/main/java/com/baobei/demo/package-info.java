/** {@code ./run.sh --demo}: starts the platform, feeds a generated month through the REST APIs and prints what came of it. */
package com.baobei.demo;
