/** Attribution service: who owns which client and who earns which purchase, decided by the pure fold. */
package com.baobei.attribution;
