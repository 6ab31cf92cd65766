/** The one JSON form of this service (the contracts' settings: money as strings, unknown fields rejected), for REST and storage. */
package com.baobei.commission.json;
