#!/usr/bin/env python3
"""Splits lines over 120 characters that swift-format cannot break: single-line string literals (into `"a" + "b"`,
or a multi-line literal when the literal is the whole line), lines inside multi-line string literals (with a `\\`
line continuation) and `//` comments."""
import sys, re
LIMIT = 120

def literal_spans(line):
    """(start, end, hashes) of single-line string literals: start at the opening quote, end after the closing one."""
    spans = []; i = 0; n = len(line)
    while i < n:
        c = line[i]
        if line.startswith('//', i): break
        if c == '"' or (c == '#' and re.match(r'#+"', line[i:])):
            m = re.match(r'(#*)"', line[i:]); hashes = m.group(1); j = i + len(m.group(0))
            if line.startswith('""', j): return spans  # a multi-line delimiter: leave the line
            depth = 0
            while j < n:
                if hashes == '' and line[j] == '\\' :
                    if line.startswith('\\(', j):
                        depth += 1; j += 2; continue
                    j += 2; continue
                if depth > 0:
                    if line[j] == '(': depth += 1
                    elif line[j] == ')': depth -= 1
                    j += 1; continue
                if line[j] == '"' and line.startswith(hashes, j + 1):
                    j += 1 + len(hashes); break
                j += 1
            spans.append((i, j, hashes)); i = j; continue
        i += 1
    return spans

def safe_points(line, start, end, hashes):
    """Positions inside the literal (after a space) where it may be cut: outside interpolations and escapes."""
    points = []; j = start + len(hashes) + 1; depth = 0
    while j < end - 1 - len(hashes):
        ch = line[j]
        if hashes == '' and ch == '\\':
            if line.startswith('\\(', j): depth += 1; j += 2; continue
            j += 2; continue
        if depth > 0:
            if ch == '(': depth += 1
            elif ch == ')': depth -= 1
            j += 1; continue
        if ch == ' ' and j + 1 < end - 1: points.append(j + 1)
        j += 1
    return points

def split_line(line):
    indent = len(line) - len(line.lstrip(' '))
    stripped = line.strip()
    if stripped.startswith('//'):
        prefix = line[:line.index('//')] + re.match(r'//[/!]?\s?', stripped).group(0)
        words = line[len(prefix):].split(' '); out = []; cur = prefix
        for w in words:
            if len(cur) + len(w) + 1 > LIMIT and cur != prefix: out.append(cur.rstrip()); cur = prefix
            cur += w + ' '
        out.append(cur.rstrip()); return out
    spans = literal_spans(line)
    if len(spans) == 1 and spans[0][0] == indent and spans[0][1] == len(line.rstrip()) and spans[0][2] == '':
        # A line that is one literal (a catalogue entry, an argument on its own line): a multi-line literal with
        # `\` continuations, since `"a" + "b"` is a String and not every literal-expressible type.
        start, end, _ = spans[0]
        body = line[start + 1:end - 1]; out = [' ' * indent + '"""']; offset = start + 1
        while indent + len(body) > LIMIT:
            cuts = [p - offset for p in safe_points(line, start, end, '') if 0 < p - offset <= LIMIT - indent - 2]
            cuts = [c for c in cuts if c < len(body)]
            if not cuts: break
            c = cuts[-1]; out.append(' ' * indent + body[:c] + '\\'); body = body[c:]; offset += c
        out.append(' ' * indent + body); out.append(' ' * indent + '"""')
        return out
    for start, end, hashes in sorted(spans, key=lambda s: -s[0]):
        points = [p for p in safe_points(line, start, end, hashes) if p <= LIMIT - 2 - len(hashes) and p - start > 8]
        if not points: continue
        p = points[-1]
        q = '"' + hashes
        first = line[:p] + q
        rest = ' ' * (indent + 4) + '+ ' + hashes + '"' + line[p:]
        return [first] + (split_line(rest) if len(rest) > LIMIT else [rest])
    return [line]

def process(path):
    lines = open(path).read().split('\n'); out = []; in_multi = False; changed = False
    for line in lines:
        count = line.count('"""')
        if in_multi and len(line) > LIMIT and count == 0:
            indent = len(line) - len(line.lstrip(' '))
            cut = line.rfind(' ', indent + 20, LIMIT - 1)
            if cut > 0 and not line.rstrip().endswith('\\'):
                out.append(line[:cut + 1] + '\\'); out.append(' ' * indent + line[cut + 1:]); changed = True
            else: out.append(line)
        elif not in_multi and len(line) > LIMIT:
            parts = split_line(line); out.extend(parts); changed |= parts != [line]
        else:
            out.append(line)
        if count % 2 == 1: in_multi = not in_multi
    if changed: open(path, 'w').write('\n'.join(out))

for path in sys.argv[1:]: process(path)
