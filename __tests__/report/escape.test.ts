import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { code, fence, html, linkTarget, mermaidLabel, neutraliseReferences, text } from '../../src/report/escape.js'
import { longestBacktickRun, readMarkdown } from './helpers/markdown.js'

describe('text', () => {
  it('turns HTML into entities and escapes markdown syntax', () => {
    expect(text('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(text('[x](javascript:alert(1)) *b* _i_ `c` | ~s~')).toBe('\\[x\\](javascript:alert(1)) \\*b\\* \\_i\\_ \\`c\\` \\| \\~s\\~')
  })

  it('keeps block syntax from starting at the beginning of a line and collapses line breaks', () => {
    expect(text('# Heading')).toBe('\\# Heading')
    expect(text('- item')).toBe('\\- item')
    expect(text('1. item')).toBe('1\\. item')
    expect(text('a\n\n---\n> b')).toBe('a --- &gt; b')
  })

  it('breaks mentions and issue references with a zero-width space', () => {
    expect(text('ping @octocat and @acme/admins about #12, GH-3 and acme/api#4')).toBe(
      'ping @\u200boctocat and @\u200bacme/admins about #\u200b12, GH-\u200b3 and acme/api#\u200b4'
    )
  })

  it('keeps URLs in AWS text from becoming links', () => {
    expect(text('see https://evil.example/x and www.evil.example')).toBe('see https:\u200b//evil.example/x and www\u200b.evil.example')
  })

  it('drops control and bidirectional-override characters and cuts long text', () => {
    expect(text('a\u0000b\u202ec\u001b[31m')).toBe('abc\\[31m')
    expect(text('x'.repeat(600), 10)).toBe('xxxxxxxxx…')
  })
})

describe('html', () => {
  it('is safe inside <summary>, keeping its own entities intact', () => {
    expect(html("it's </summary><b>[x](y)</b> #1 @me")).toBe('it&#39;s &lt;/summary&gt;&lt;b&gt;&#91;x&#93;(y)&lt;/b&gt; #\u200b1 @\u200bme')
  })
})

describe('code and fence', () => {
  it('code spans use a delimiter longer than any backtick run, and escape pipes in tables', () => {
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`x`')).toBe('`` `x` ``')
    expect(code('a|b', { inTable: true })).toBe('`a\\|b`')
  })

  it('fences are longer than any backtick run inside, whatever the lines', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 8 }), (lines) => {
        const block = fence(lines, 'text')
        const read = readMarkdown(block)
        expect(read.unclosedFence).toBe(false)
        expect(read.fences).toHaveLength(1)
        expect(read.fences[0].fence.length).toBeGreaterThan(longestBacktickRun(lines.join('\n')))
        expect(read.prose.trim()).toBe('')
      })
    )
  })

  it('a line of backticks inside a log cannot close the fence', () => {
    expect(fence(['before', '````', 'after'])).toBe('`````\nbefore\n````\nafter\n`````')
  })
})

describe('neutraliseReferences, mermaidLabel, linkTarget', () => {
  it('leaves text without references alone', () => {
    expect(neutraliseReferences('exit 137 in api:42')).toBe('exit 137 in api:42')
  })

  it('mermaid labels keep only a safe character set', () => {
    expect(mermaidLabel('abc:def;<script>#1 "x"')).toBe('abc def script 1 x')
  })

  it('links only to http(s), with characters that could end the link encoded', () => {
    expect(linkTarget('javascript:alert(1)')).toBeNull()
    expect(linkTarget('https://example.com/a)b')).toBe('https://example.com/a%29b')
  })
})
