#!/bin/bash

__repayctl_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__repayctl_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__repayctl_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__repayctl_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_repayctl() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __repayctl_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    status|loans|show|upcoming|pay|unpay|snooze|unsnooze|note|notes|renegotiate|agreements|agreement-cancel|dossier|plan|plans|export-ics|history|reload|watch|backup|init|check|schedule|calendar|analyze-calendar|toml-check|help)
        # Offer subcommand argument completions
        "_repayctl_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'status loans show upcoming pay unpay snooze unsnooze note notes renegotiate agreements agreement-cancel dossier plan plans export-ics history reload watch backup init check schedule calendar analyze-calendar toml-check help' -- "${cur}"))
        ;;
    esac
}

_repayctl_status() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    esac
}

_repayctl_loans() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    esac
}

_repayctl_show() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address)
    __repayctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    esac
}

_repayctl_upcoming() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address --days)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    '--days')
        return
        ;;
    esac
}

_repayctl_pay() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address --occurrence --date --note)
    __repayctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    '--occurrence')
        return
        ;;
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_repayctl_unpay() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address --note)
    __repayctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_repayctl_snooze() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address --until)
    __repayctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    '--until')
        return
        ;;
    esac
}

_repayctl_unsnooze() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address)
    __repayctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    esac
}

_repayctl_note() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=(--attach)
    non_repeating_options=(--address --channel --direction --counterpart --ref --promise --promise-date --promise-by --follow-up --corrects)
    __repayctl_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    '--channel')
        __repayctl_add_completions -W 'phone'$'\n''chat'$'\n''email'$'\n''visit'$'\n''letter'
        return
        ;;
    '--direction')
        __repayctl_add_completions -W 'out'$'\n''in'
        return
        ;;
    '--counterpart')
        return
        ;;
    '--ref')
        return
        ;;
    '--promise')
        return
        ;;
    '--promise-date')
        return
        ;;
    '--promise-by')
        __repayctl_add_completions -W 'me'$'\n''platform'
        return
        ;;
    '--follow-up')
        return
        ;;
    '--attach')
        return
        ;;
    '--corrects')
        return
        ;;
    esac
}

_repayctl_notes() {
    repeating_flags=()
    non_repeating_flags=(--json --pending --version -h --help)
    repeating_options=()
    non_repeating_options=(--address)
    __repayctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    esac
}

_repayctl_renegotiate() {
    repeating_flags=()
    non_repeating_flags=(--json --waive-penalty --all --version -h --help)
    repeating_options=()
    non_repeating_options=(--address --extend-to --installments --start --every-months --amount --total --note --ref --counterpart)
    __repayctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    '--extend-to')
        return
        ;;
    '--installments')
        return
        ;;
    '--start')
        return
        ;;
    '--every-months')
        return
        ;;
    '--amount')
        return
        ;;
    '--total')
        return
        ;;
    '--note')
        return
        ;;
    '--ref')
        return
        ;;
    '--counterpart')
        return
        ;;
    esac
}

_repayctl_agreements() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address)
    __repayctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    esac
}

_repayctl_agreement-cancel() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address --note)
    __repayctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_repayctl_dossier() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address --format -o --output --bundle)
    __repayctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    '--format')
        __repayctl_add_completions -W 'markdown'$'\n''html'$'\n''json'
        return
        ;;
    '-o'|'--output')
        return
        ;;
    '--bundle')
        return
        ;;
    esac
}

_repayctl_plan() {
    repeating_flags=()
    non_repeating_flags=(--adopt --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--budget --strategy --months --from --currency --config --address)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--budget')
        return
        ;;
    '--strategy')
        return
        ;;
    '--months')
        return
        ;;
    '--from')
        return
        ;;
    '--currency')
        return
        ;;
    '--config')
        return
        ;;
    '--address')
        return
        ;;
    esac
}

_repayctl_plans() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    esac
}

_repayctl_export-ics() {
    repeating_flags=()
    non_repeating_flags=(--no-alarms --version -h --help)
    repeating_options=()
    non_repeating_options=(--config --from --days -o --output --address)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    '--from')
        return
        ;;
    '--days')
        return
        ;;
    '-o'|'--output')
        return
        ;;
    '--address')
        return
        ;;
    esac
}

_repayctl_history() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address --loan --since)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    '--loan')
        return
        ;;
    '--since')
        return
        ;;
    esac
}

_repayctl_reload() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    esac
}

_repayctl_watch() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--address)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--address')
        return
        ;;
    esac
}

_repayctl_backup() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--state-dir)
    __repayctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--state-dir')
        return
        ;;
    esac
}

_repayctl_init() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--config)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    esac
}

_repayctl_check() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--config)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    esac
}

_repayctl_schedule() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--config --from --days)
    __repayctl_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--config')
        return
        ;;
    '--from')
        return
        ;;
    '--days')
        return
        ;;
    esac
}

_repayctl_calendar() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--months --config --address)
    __repayctl_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--months')
        return
        ;;
    '--config')
        return
        ;;
    '--address')
        return
        ;;
    esac
}

_repayctl_analyze-calendar() {
    repeating_flags=()
    non_repeating_flags=(--json --version -h --help)
    repeating_options=()
    non_repeating_options=(--iterations --base-time)
    __repayctl_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--iterations')
        return
        ;;
    '--base-time')
        return
        ;;
    esac
}

_repayctl_toml-check() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __repayctl_offer_flags_options -1
}

_repayctl_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __repayctl_offer_flags_options -1
}

complete -o filenames -F _repayctl repayctl
