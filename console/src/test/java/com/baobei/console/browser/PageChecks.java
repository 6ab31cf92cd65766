package com.baobei.console.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 13's accessibility basics, checked in the browser on every page a flow photographs (at each width): the page
 * says its language; every field has a label (or an ARIA name); every link and button has a name; nothing a person
 * uses is kept out of the keyboard's reach (a negative tabindex, or a click handler on something that cannot take
 * focus), and no positive tabindex reorders the page; text contrasts with what lies behind it at least 4.5:1
 * (3:1 for large text), WCAG 2.1's AA level. The problems come back as sentences naming the element.
 */
final class PageChecks {

    private static final String SCRIPT = """
            const problems = [];
            const shown = el => {
              const style = getComputedStyle(el);
              const box = el.getBoundingClientRect();
              return style.visibility !== 'hidden' && style.display !== 'none' && (box.width > 0 || box.height > 0);
            };
            const name = el => el.id ? '#' + el.id : el.outerHTML.slice(0, 100);
            if (!document.documentElement.lang) problems.push('the page does not say its language (html lang)');
            for (const el of document.querySelectorAll('input, select, textarea')) {
              if (['hidden', 'submit', 'button', 'reset'].includes(el.type) || !shown(el)) continue;
              const labelled = [...(el.labels || [])].some(l => l.textContent.trim())
                  || (el.getAttribute('aria-label') || '').trim() || el.getAttribute('aria-labelledby');
              if (!labelled) problems.push('a field without a label: ' + name(el));
            }
            for (const el of document.querySelectorAll('a[href], button')) {
              if (!shown(el)) continue;
              if (!el.innerText.trim() && !(el.getAttribute('aria-label') || '').trim() && !el.querySelector('img[alt]'))
                problems.push('a link or button without a name: ' + name(el));
            }
            for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
              if (!shown(el) || el.disabled || el.type === 'hidden') continue;
              if (el.tabIndex < 0) problems.push('out of the keyboard\\'s reach (tabindex ' + el.tabIndex + '): ' + name(el));
              if (el.tabIndex > 0) problems.push('a positive tabindex reorders the page: ' + name(el));
            }
            for (const el of document.querySelectorAll('[onclick], [hx-get], [hx-post]')) {
              if (el.matches('a[href], button, input, select, textarea, form, summary') || el.tabIndex >= 0) continue;
              const trigger = el.getAttribute('hx-trigger') || (el.hasAttribute('onclick') ? 'click' : 'click');
              if (/click/.test(trigger)) problems.push('clickable but not focusable: ' + name(el));
            }
            const rgba = text => {
              const m = text.match(/rgba?\\(([^)]+)\\)/);
              if (!m) return [0, 0, 0, 0];
              const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
              return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
            };
            const over = (top, below) => top.slice(0, 3).map((c, i) => c * top[3] + below[i] * (1 - top[3])).concat(1);
            const background = el => {
              const layers = [];
              for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
                const c = rgba(getComputedStyle(n).backgroundColor);
                if (c[3] > 0) layers.push(c);
                if (c[3] >= 1) break;
              }
              return layers.reduceRight((below, top) => over(top, below), [255, 255, 255, 1]);
            };
            const luminance = c => {
              const [r, g, b] = c.slice(0, 3).map(v => {
                v /= 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
              });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            for (const el of document.querySelectorAll('body *')) {
              if (!shown(el) || el.disabled) continue;
              const ownText = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
              if (!ownText) continue;
              const style = getComputedStyle(el);
              const behind = background(el);
              const ink = over(rgba(style.color), behind);
              const [hi, lo] = [luminance(ink), luminance(behind)].sort((a, b) => b - a);
              const ratio = (hi + 0.05) / (lo + 0.05);
              const size = parseFloat(style.fontSize);
              const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
              if (ratio < (large ? 3 : 4.5))
                problems.push('contrast ' + ratio.toFixed(2) + ':1 for "' + el.textContent.trim().slice(0, 30) + '" '
                    + name(el) + ' (' + style.color + ' on ' + 'rgb(' + behind.slice(0, 3).map(Math.round) + '))');
            }
            return problems;
            """;

    private PageChecks() {
    }

    /** What the page in this browser lacks of the basics; empty when it has them all. */
    @SuppressWarnings("unchecked")
    static List<String> problems(JavascriptExecutor page) {
        return (List<String>) page.executeScript(SCRIPT);
    }
}
