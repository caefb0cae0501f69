#!/usr/bin/env python3
"""Trims shared IATI activity files into Tests/ActorNetTests/Fixtures/iati/: every activity and organisation
kept; locations, descriptions, results, budgets, documents and other elements the importer does not read
removed, and transactions other than commitments (type 2 / C) removed. Usage: scripts/trim-iati-fixture.py FILE...
(run from the package root, with the shared data at /work/shared/data/iati/activities or SRC set)."""
import re,sys
import os
src=os.environ.get('SRC', '../shared/data/iati/activities/')
dst='Tests/ActorNetTests/Fixtures/iati/'
drop=['location','description','result','budget','document-link','planned-disbursement','contact-info','country-budget-items','policy-marker','humanitarian-scope','tag','conditions','crs-add','fss','legacy-data','related-activity','other-identifier','capital-spend']
for f in sys.argv[1:]:
    t=open(src+f,encoding='utf-8').read()
    n=t
    for el in drop:
        e=re.escape(el)
        n=re.sub(r'<%s(?=[\s/>])[^>]*/>'%e,'',n)
        n=re.sub(r'<%s(?=[\s>])[^>]*>.*?</%s>'%(e,e),'',n,flags=re.S)
    def keep(m):
        x=m.group(0)
        return x if re.search(r'<transaction-type[^>]*code="(2|C)"',x) else ''
    n=re.sub(r'<transaction(?=[\s>])[^>]*>.*?</transaction>',keep,n,flags=re.S)
    n=re.sub(r'\n\s*\n+','\n',n)
    open(dst+f,'w',encoding='utf-8').write(n)
    print(f,len(t),len(n))
