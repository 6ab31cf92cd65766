/** Turning bytes or JSON into checked events, naming the offending field when that fails; framework-free. */
package com.baobei.attribution.intake;
