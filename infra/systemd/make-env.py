#!/usr/bin/env python3
# Writes infra/systemd/steward.env from the README's configuration table (run from the repository's root after
# adding a setting there; DeployFilesTest fails while a setting the README names is missing from the file).
import re, textwrap
readme = open('README.md').read()
table = readme[readme.index('| Variable | Default | What it does |'):]
table = table[:table.index('\n\n')]
out = ["# Steward's settings for /etc/steward/steward.env (mode 0600, owner root): every setting of the README's",
       "# configuration table, commented out at its default. Uncomment and set what you need; systemd reads this file",
       "# before starting steward.service (which sets STEWARD_DATA_DIR=/var/lib/steward itself).",
       "# Secrets below (passwords, STEWARD_ENCRYPTION_KEY, the Microsoft secret) make this file as sensitive as the",
       "# database: keep a copy of STEWARD_ENCRYPTION_KEY apart from the backups (see the README, Operations).", ""]
def plain(text):
    text = re.sub(r'\*\(([^)]*)\)\*', r'(\1)', text)
    return text.replace('`', '').replace('**', '').replace('*', '')
rows = [[c.strip() for c in line.strip().strip('|').split('|')] for line in table.split('\n')[2:]]
in_first_cells = {name for cells in rows for name in re.findall(r'`((?:STEWARD|SENTRY)_[A-Z0-9_]+)`', cells[0])}
emitted = set()
for line in table.split('\n')[2:]:
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    if len(cells) < 3:
        continue
    names = re.findall(r'`((?:STEWARD|SENTRY)_[A-Z0-9_]+)`', cells[0])
    default = plain(cells[1])
    desc = plain(' | '.join(cells[2:]))
    for wrapped in textwrap.wrap(desc, 116):
        out.append('# ' + wrapped)
    if default:
        out.append('# Default: ' + default)
    names += [n for n in re.findall(r'`((?:STEWARD|SENTRY)_[A-Z0-9_]+)`', ' | '.join(cells[2:]))
              if n not in in_first_cells and n not in names]
    for name in names:
        if name not in emitted:
            out.append('#' + name + '=')
            emitted.add(name)
    out.append('')
# Settings the README names in its text rather than in the table.
out += ['# Described in the README\'s text (Signing in and security; Campaign reports).',
        '# Default: 1h', '#STEWARD_ENTRA_JWKS_CACHE_TTL=', '',
        '# Default: 500 (members shown in a campaign report PDF)', '#STEWARD_REPORTS_PDF_MEMBERS=', '',
        '# Default: 5MB (largest report template upload)', '#STEWARD_REPORTS_TEMPLATE_MAX_SIZE=', '']
open('infra/systemd/steward.env', 'w').write('\n'.join(out).rstrip('\n') + '\n')
