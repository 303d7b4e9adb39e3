# SPDX-License-Identifier: Apache-2.0
# bash completion for oci-bundle-editor: the commands, their options and
# option values, bundle directories and config.json files, and the JSON
# pointers of the bundle given (asked of `oci-bundle-editor pointers`).

_oci_bundle_editor_pointers()
{
    # The command prints only those that start with the word, one per line,
    # so a key with spaces stays one completion.
    local bundle=${1/#\~/$HOME}
    mapfile -t COMPREPLY < <("$2" pointers "$bundle" "$3" 2>/dev/null)
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
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -W "$commands" -- "$cur") $(compgen -d -- "$cur") $(compgen -f -X '!*.json' -- "$cur"))
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
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -W "oci-archive: docker-archive: docker://" -- "$cur") $(compgen -f -- "$cur"))
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
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -X '!*.json' -- "$cur"))
        ;;
    new:0)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -d -- "$cur"))
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
