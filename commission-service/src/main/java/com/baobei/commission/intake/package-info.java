/** Taking in purchase attributions: inbox and latest deal, in one transaction. */
package com.baobei.commission.intake;
