// The source of the targets that make the tests' precompiled headers (tests/CMakeLists.txt).
