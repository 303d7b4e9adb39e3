# SPDX-License-Identifier: Apache-2.0
# fish completion for oci-bundle-editor: the commands, their options and
# option values, and the JSON pointers of the bundle given (asked of
# `oci-bundle-editor pointers`).

set -l commands check get set new diff pointers help

# The JSON pointers of the bundle named after get, set or pointers.
function __oci_bundle_editor_pointers
    set -l words (commandline -opc)
    set -l token (commandline -ct)
    set -l positional
    for word in $words[3..-1]
        string match -q -- '-*' $word; or set -a positional $word
    end
    test (count $positional) -eq 1; or return
    # commandline -opc leaves ~ as typed; the shell would expand it.
    set -l bundle (string replace -r '^~(?=/|$)' -- $HOME $positional[1])
    $words[1] pointers $bundle $token 2>/dev/null
end

function __oci_bundle_editor_wants_pointer
    set -l words (commandline -opc)
    contains -- $words[2] get set pointers; or return 1
    set -l positional
    for word in $words[3..-1]
        string match -q -- '-*' $word; or set -a positional $word
    end
    test (count $positional) -eq 1
end

complete -c oci-bundle-editor -f
complete -c oci-bundle-editor -n "not __fish_seen_subcommand_from $commands" -a check -d 'Validate a bundle'
complete -c oci-bundle-editor -n "not __fish_seen_subcommand_from $commands" -a get -d 'Print the value at a JSON pointer'
complete -c oci-bundle-editor -n "not __fish_seen_subcommand_from $commands" -a set -d 'Set the value at a JSON pointer'
complete -c oci-bundle-editor -n "not __fish_seen_subcommand_from $commands" -a new -d 'Create a bundle'
complete -c oci-bundle-editor -n "not __fish_seen_subcommand_from $commands" -a diff -d 'Compare two configs'
complete -c oci-bundle-editor -n "not __fish_seen_subcommand_from $commands" -a pointers -d 'List every JSON pointer'
complete -c oci-bundle-editor -n "not __fish_seen_subcommand_from $commands" -a help -d 'Show the usage of a command'
complete -c oci-bundle-editor -n "not __fish_seen_subcommand_from $commands" -a '(__fish_complete_directories)'
complete -c oci-bundle-editor -n "not __fish_seen_subcommand_from $commands" -l version -d 'Print the version'
complete -c oci-bundle-editor -l help -d 'Show the usage'

complete -c oci-bundle-editor -n "__fish_seen_subcommand_from check diff" -l format -x -a 'text json' -d 'Output format'
complete -c oci-bundle-editor -n "__fish_seen_subcommand_from check" -l security -d 'Add the hardening review'
complete -c oci-bundle-editor -n "__fish_seen_subcommand_from check" -l fix -x -d 'Apply the fix of a security code'
complete -c oci-bundle-editor -n "__fish_seen_subcommand_from diff" -l order -d 'Report order changes too'
complete -c oci-bundle-editor -n "__fish_seen_subcommand_from new; and not __fish_contains_opt from-image" -l template -x -a 'runc rootless demo' -d 'Template'
complete -c oci-bundle-editor -n "__fish_seen_subcommand_from new; and __fish_contains_opt from-image" -l template -x -a 'runc rootless' -d 'Template'
complete -c oci-bundle-editor -n "__fish_seen_subcommand_from new" -l from-image -r -d 'Image reference'
complete -c oci-bundle-editor -n "__fish_seen_subcommand_from help" -x -a "$commands"

complete -c oci-bundle-editor -n "__fish_seen_subcommand_from check get set diff pointers new; and not __oci_bundle_editor_wants_pointer" -F
complete -c oci-bundle-editor -n __oci_bundle_editor_wants_pointer -x -a '(__oci_bundle_editor_pointers)'
