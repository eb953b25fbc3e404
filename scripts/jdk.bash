# JDK discovery shared by ./koru and .ci/run (sourced; defines functions only).
# Finds a JDK >= $min_java from its `release` file, without starting a JVM.

# Reads the `release` file of the JDK at $1 into java_major (25 for "25.0.3", 8 for "1.8.0") and
# java_build (the exact runtime version); fails if $1 is not a JDK.
read_release() {
    local key value
    java_major="" java_build=""
    [[ -x "$1/bin/java" && -f "$1/release" ]] || return 1
    while IFS='=' read -r key value; do
        value=${value//\"/}
        case $key in
            JAVA_VERSION) value=${value#1.} && java_major=${value%%[.+-]*} ;;
            JAVA_RUNTIME_VERSION) java_build=$value ;;
        esac
    done <"$1/release"
    [[ $java_major =~ ^[0-9]+$ ]]
}

# Sets jdk to a JDK >= $min_java: JAVA_HOME, else the `java` on PATH, else the newest one installed.
find_jdk() {
    local home java best="" best_major=0
    if [[ -n "${JAVA_HOME:-}" ]] && read_release "$JAVA_HOME" && ((java_major >= min_java)); then
        jdk=$JAVA_HOME
        return
    fi
    if java=$(command -v java); then
        java=$(readlink -f "$java")
        home=${java%/bin/java}
        if read_release "$home" && ((java_major >= min_java)); then
            jdk=$home
            return
        fi
    fi
    for home in /usr/lib/jvm/* /usr/local/*jdk* "$HOME"/.sdkman/candidates/java/*; do
        [[ -L "$home" ]] && continue # Debian's and SDKMAN's aliases of a directory also listed
        if read_release "$home" && ((java_major >= min_java && java_major > best_major)); then
            best=$home
            best_major=$java_major
        fi
    done
    [[ -n "$best" ]] || return 1
    jdk=$best
}
