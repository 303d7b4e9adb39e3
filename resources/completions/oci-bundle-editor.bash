# SPDX-License-Identifier: Apache-2.0
# bash completion for oci-bundle-editor: the commands, their options and
# option values, bundle directories and config.json files, and the JSON
# pointers of the bundle given (asked of `oci-bundle-editor pointers`).

# A word as the shell will pass it: quotes and backslashes removed, a
# leading ~ or ~/ expanded (nothing is run).
_oci_bundle_editor_dequote()
{
    local word=$1
    case $word in
    \'*\') word=${word:1:${#word}-2} ;;
    \"*\") word=${word:1:${#word}-2} ;;
    *) word=$(printf '%s' "$word" | sed 's/\\\(.\)/\1/g') ;;
    esac
    case $word in
    "~" | "~/"*) word=$HOME${word:1} ;;
    esac
    printf '%s' "$word"
}

# Files and directories, one per line: names with spaces stay whole.
_oci_bundle_editor_files()
{
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -d -- "$1"; [ "$2" = dirs ] || compgen -f -X '!*.json' -- "$1")
}

_oci_bundle_editor_pointers()
{
    # The command prints only those that start with the word, one per line;
    # each is quoted for the command line, so a key with spaces stays one word.
    local bundle pointer
    bundle=$(_oci_bundle_editor_dequote "$1")
    COMPREPLY=()
    while IFS= read -r pointer; do
        COMPREPLY+=("$(printf '%q' "$pointer")")
    done < <("$2" pointers "$bundle" "$(_oci_bundle_editor_dequote "$3")" 2>/dev/null)
}

_oci_bundle_editor()
{
    local program=${COMP_WORDS[0]}
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="check get set new diff pointers help"
    COMPREPLY=()

    if ((COMP_CWORD == 1)); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version" -- "$cur"))
        else
            _oci_bundle_editor_files "$cur"
            COMPREPLY+=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local command=${COMP_WORDS[1]}
    case $prev in
    --format)
        COMPREPLY=($(compgen -W "text json" -- "$cur"))
        return
        ;;
    --template)
        if [[ " ${COMP_WORDS[*]} " == *" --from-image "* ]]; then
            COMPREPLY=($(compgen -W "runc rootless" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "runc rootless demo" -- "$cur"))
        fi
        return
        ;;
    --from-image)
        _oci_bundle_editor_files "$cur"
        COMPREPLY+=($(compgen -W "oci-archive: docker-archive: docker://" -- "$cur"))
        return
        ;;
    --fix)
        return # a security code: see `oci-bundle-editor check DIR --security`
        ;;
    esac

    if [[ $cur == -* ]]; then
        local options="--help"
        case $command in
        check) options+=" --format --security --fix" ;;
        new) options+=" --template --from-image" ;;
        diff) options+=" --format --order" ;;
        esac
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi

    # The positional arguments before the word being completed.
    local positional=() i
    for ((i = 2; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        --format | --fix | --template | --from-image) ((i++)) ;;
        -*) ;;
        *) positional+=("${COMP_WORDS[i]}") ;;
        esac
    done

    case $command:${#positional[@]} in
    check:0 | get:0 | set:0 | diff:0 | diff:1 | pointers:0)
        _oci_bundle_editor_files "$cur"
        ;;
    new:0)
        _oci_bundle_editor_files "$cur" dirs
        ;;
    get:1 | set:1 | pointers:1)
        _oci_bundle_editor_pointers "${positional[0]}" "$program" "$cur"
        ;;
    help:0)
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        ;;
    esac
}

complete -F _oci_bundle_editor oci-bundle-editor
