from claimgraph.cli import run

run()
