# Bash completion for permitted-check, the command-line checker of Permitted.
#
# Installed as /usr/share/bash-completion/completions/permitted-check, it is loaded by
# bash-completion the first time permitted-check is completed; it can also be sourced on its
# own, in a shell without bash-completion.

# Replies with the files of the current word: every file when $2 is "any", else folders and
# .txt, .html, .htm and .json files (in any case).
_permitted_check_files()
{
    local cur=$1 which=$2
    if declare -F _filedir >/dev/null 2>&1; then
        if [[ $which == any ]]; then
            _filedir
        else
            _filedir 'txt|html|htm|json'
        fi
        return
    fi
    # Without bash-completion: compgen, with bash quoting and a slash after folders.
    compopt -o filenames 2>/dev/null
    local f candidates
    COMPREPLY=()
    mapfile -t candidates < <(compgen -f -- "$cur")
    for f in "${candidates[@]}"; do
        if [[ $which == any || -d $f ]]; then
            COMPREPLY+=("$f")
            continue
        fi
        case ${f,,} in
            *.txt | *.html | *.htm | *.json) COMPREPLY+=("$f") ;;
        esac
    done
}

_permitted_check()
{
    local cur prev words cword split=false
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion -s || return
    else
        # Without bash-completion. Bash splits "--color=al" into "--color", "=" and "al"
        # when "=" is in COMP_WORDBREAKS, and ends the words with "=" alone when the line
        # ends with it.
        COMPREPLY=()
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=
        ((cword > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
        if [[ $cur == = && $prev == --* ]]; then
            cur=
            split=true
        elif [[ $prev == = ]] && ((cword > 1)) && [[ ${COMP_WORDS[COMP_CWORD - 2]} == --* ]]; then
            prev=${COMP_WORDS[COMP_CWORD - 2]}
            split=true
        elif [[ $cur == --*=* ]]; then
            # "=" is not a word break here: the reply must keep the option's name.
            prev=${cur%%=*}
            cur=${cur#*=}
            split=true
        fi
    fi

    local options='-h --help -V --version -q --quiet --color --format --config --no-config
        --lang --marketplace --kind --reason --channel --order-completed --today --subject
        --list-rules --list-templates --check-templates'
    local languages='en fr de es it nl sv pl tr pt ar ja zh'
    local marketplaces='US CA MX BR UK DE FR IT ES NL SE PL TR AE SA JP SG AU IN EG BE'
    # The contact reasons' IDs, as permitted-check --list-templates lists them.
    local reasons='confirm-order-details confirm-delivery-details confirm-customization-details
        confirm-service-details unexpected-problem order-problem return-follow-up
        courtesy-refund send-invoice legal-disclosure warranty digital-access-key
        request-review reply-order-status reply-return reply-damaged-item
        reply-product-question'

    local values='' done=true
    case $prev in
        --color) values='auto always never' ;;
        --format) values='text json sarif' ;;
        --kind) values='proactive reply' ;;
        --channel) values='text html' ;;
        --lang) values=$languages ;;
        --marketplace)
            values=$marketplaces
            cur=${cur^^}
            ;;
        --reason) values=$reasons ;;
        --config)
            _permitted_check_files "$cur" any
            ;;
        --today | --order-completed | --subject)
            # A date (YYYY-MM-DD) or a subject: nothing to offer.
            ;;
        *) done=false ;;
    esac
    if [[ $done == true ]]; then
        if [[ -n $values ]]; then
            local IFS=$' \t\n'
            mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
            # When bash did not split the word at "=", it replaces all of "--option=value".
            if [[ $split == true && ${COMP_WORDS[COMP_CWORD]} == --*=* ]]; then
                local i
                for i in "${!COMPREPLY[@]}"; do
                    COMPREPLY[i]=$prev=${COMPREPLY[i]}
                done
            fi
        fi
        return 0
    fi
    # An option with "=" that takes no value: nothing to offer.
    [[ $split == true ]] && return 0

    # After "--" every word is a PATH; after a listing, --check-templates, --help or
    # --version there is none.
    local i paths=true
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --)
                _permitted_check_files "$cur" messages
                return 0
                ;;
            -h | --help | -V | --version | --list-rules | --list-templates | --check-templates)
                paths=false
                ;;
        esac
    done

    if [[ $cur == -* ]]; then
        local IFS=$' \t\n'
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return 0
    fi
    [[ $paths == true ]] && _permitted_check_files "$cur" messages
    return 0
}

complete -F _permitted_check permitted-check
