from disclosecheck.cli import main

main()
