/** The office's read models, written by subscribing projectors in the command's own transaction. */
package com.baobei.visit.view;
