from newsextract.cli import main

main()
