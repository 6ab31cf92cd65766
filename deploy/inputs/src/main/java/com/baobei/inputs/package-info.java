/**
 * One input policy for every service (issue 12): what a request may be before any service-specific check
 * looks at it. Sizes are capped, text is normalised and cleaned, JSON is strict, every error the servlet
 * container or Spring answers on its own is problem+json, and an unreachable database is a 503, not a hang.
 */
package com.baobei.inputs;
