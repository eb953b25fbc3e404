// Both executions verified the program; only the Markdown report was written.
evaluate(new File(basedir, '../../../src/it/expect-log.groovy'))
assert new File(basedir, 'target/proofs.md').getText('UTF-8').startsWith('## koru verify: ')
assert !new File(basedir, 'target/koru-reports').exists()
