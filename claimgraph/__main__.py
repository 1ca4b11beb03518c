from claimgraph.console import run

run()
