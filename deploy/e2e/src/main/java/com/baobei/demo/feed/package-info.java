/** Feeding a month through the services' public REST APIs only, waiting for the decisions, and reading them back. */
package com.baobei.demo.feed;
