function __repayctl_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __repayctl_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __repayctl_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __repayctl_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __repayctl_parse_tokens -S
    set -l unparsed_tokens (__repayctl_tokens -pc)
    switch $unparsed_tokens[1]
    case 'repayctl'
        __repayctl_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'status'
            __repayctl_parse_subcommand 0 'address=' 'json' 'version' 'h/help'
        case 'loans'
            __repayctl_parse_subcommand 0 'address=' 'json' 'version' 'h/help'
        case 'show'
            __repayctl_parse_subcommand 1 'address=' 'json' 'version' 'h/help'
        case 'upcoming'
            __repayctl_parse_subcommand 0 'address=' 'json' 'days=' 'version' 'h/help'
        case 'pay'
            __repayctl_parse_subcommand 2 'address=' 'json' 'occurrence=' 'date=' 'note=' 'version' 'h/help'
        case 'unpay'
            __repayctl_parse_subcommand 1 'address=' 'json' 'note=' 'version' 'h/help'
        case 'snooze'
            __repayctl_parse_subcommand 2 'address=' 'json' 'until=' 'version' 'h/help'
        case 'unsnooze'
            __repayctl_parse_subcommand 1 'address=' 'json' 'version' 'h/help'
        case 'note'
            __repayctl_parse_subcommand 2 'address=' 'json' 'channel=' 'direction=' 'counterpart=' 'ref=' 'promise=' 'promise-date=' 'promise-by=' 'follow-up=' 'attach=+' 'corrects=' 'version' 'h/help'
        case 'notes'
            __repayctl_parse_subcommand 1 'address=' 'json' 'pending' 'version' 'h/help'
        case 'renegotiate'
            __repayctl_parse_subcommand 1 'address=' 'json' 'extend-to=' 'installments=' 'start=' 'every-months=' 'amount=' 'waive-penalty' 'all' 'total=' 'note=' 'ref=' 'counterpart=' 'version' 'h/help'
        case 'agreements'
            __repayctl_parse_subcommand 1 'address=' 'json' 'version' 'h/help'
        case 'agreement-cancel'
            __repayctl_parse_subcommand 1 'address=' 'json' 'note=' 'version' 'h/help'
        case 'dossier'
            __repayctl_parse_subcommand 1 'address=' 'json' 'format=' 'o/output=' 'bundle=' 'version' 'h/help'
        case 'plan'
            __repayctl_parse_subcommand 0 'budget=' 'strategy=' 'months=' 'from=' 'currency=' 'adopt' 'config=' 'address=' 'json' 'version' 'h/help'
        case 'plans'
            __repayctl_parse_subcommand 0 'address=' 'json' 'version' 'h/help'
        case 'export-ics'
            __repayctl_parse_subcommand 0 'config=' 'from=' 'days=' 'o/output=' 'no-alarms' 'address=' 'version' 'h/help'
        case 'history'
            __repayctl_parse_subcommand 0 'address=' 'json' 'loan=' 'since=' 'version' 'h/help'
        case 'reload'
            __repayctl_parse_subcommand 0 'address=' 'json' 'version' 'h/help'
        case 'watch'
            __repayctl_parse_subcommand 0 'address=' 'json' 'version' 'h/help'
        case 'backup'
            __repayctl_parse_subcommand 1 'state-dir=' 'json' 'version' 'h/help'
        case 'init'
            __repayctl_parse_subcommand 0 'config=' 'version' 'h/help'
        case 'check'
            __repayctl_parse_subcommand 0 'config=' 'version' 'h/help'
        case 'schedule'
            __repayctl_parse_subcommand 0 'config=' 'from=' 'days=' 'json' 'version' 'h/help'
        case 'calendar'
            __repayctl_parse_subcommand 1 'months=' 'config=' 'address=' 'version' 'h/help'
        case 'analyze-calendar'
            __repayctl_parse_subcommand -r 1 'iterations=' 'base-time=' 'json' 'version' 'h/help'
        case 'toml-check'
            __repayctl_parse_subcommand -r 1 'version' 'h/help'
        case 'help'
            __repayctl_parse_subcommand -r 1 'version'
        end
    end
end

function __repayctl_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __repayctl_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __repayctl_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __repayctl_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__repayctl_tokens -p)
    if test -z "$(__repayctl_tokens -t)"
        set -l index (count (__repayctl_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'repayctl' -f
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'status' -d 'Show the daemon\'s state: configuration, next reminder, what is overdue.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'loans' -d 'List every loan at a glance.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'show' -d 'Show one loan with everything known about it.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'upcoming' -d 'Show what falls due in the coming days.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'pay' -d 'Record a payment.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'unpay' -d 'Withdraw a recorded payment.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'snooze' -d 'Pause a loan\'s reminders for a while.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'unsnooze' -d 'End a loan\'s snooze.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'note' -d 'Write down what the platform said.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'notes' -d 'List the communication log.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'renegotiate' -d 'Record an extension, instalments or a waived penalty agreed with the platform.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'agreements' -d 'List the agreements made with the platforms.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'agreement-cancel' -d 'End an agreement made with a platform.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'dossier' -d 'Put together one loan\'s records for a lawyer or the platform.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'plan' -d 'Plan your repayments within a monthly budget.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'plans' -d 'List the repayment plans you adopted.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'export-ics' -d 'Export the due dates as an iCalendar file for calendar apps.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'history' -d 'Show what happened, oldest first.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'reload' -d 'Have the daemon read its configuration again.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'watch' -d 'Follow what the daemon does, live.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'backup' -d 'Copy the state database, also while repayd runs.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'init' -d 'Write the commented example configuration, to start your own.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'check' -d 'Check a configuration and report every problem in it.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'schedule' -d 'Show what falls due and when each reminder fires.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'calendar' -d 'Show the month at a glance: what falls due on which day.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'analyze-calendar' -d 'Normalize calendar expressions and show when they elapse, as systemd-analyze calendar does.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'toml-check' -d 'Check that files are valid TOML 1.0.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_positional "repayctl" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl status" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl status" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl status" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl loans" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl loans" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl loans" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl loans" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl show" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl show" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl show" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl upcoming" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl upcoming" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl upcoming" days' -l 'days' -d 'How many days to look ahead (default: 30).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl upcoming" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl upcoming" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl pay" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl pay" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl pay" occurrence' -l 'occurrence' -d 'The due date of the instalment paid, YYYY-MM-DD.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl pay" date' -l 'date' -d 'The date it was paid, YYYY-MM-DD (default: today).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl pay" note' -l 'note' -d 'A note kept with the payment.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl pay" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl pay" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl unpay" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl unpay" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl unpay" note' -l 'note' -d 'Why it is withdrawn.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl unpay" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl unpay" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl snooze" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl snooze" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl snooze" until' -l 'until' -d 'Pause until the start of this day, YYYY-MM-DD.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl snooze" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl snooze" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl unsnooze" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl unsnooze" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl unsnooze" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl unsnooze" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" channel' -l 'channel' -d 'How you were in touch.' -rfka 'phone chat email visit letter'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" direction' -l 'direction' -d 'Who reached out: out (you) or in (the platform).' -rfka 'out in'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" counterpart' -l 'counterpart' -d 'The person you spoke to.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" ref' -l 'ref' -d 'The platform\'s order or case number.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" promise' -l 'promise' -d 'An amount promised, in the loan\'s currency.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" promise-date' -l 'promise-date' -d 'The date it was promised by, YYYY-MM-DD.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" promise-by' -l 'promise-by' -d 'Who promised: me or platform.' -rfka 'me platform'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" follow-up' -l 'follow-up' -d 'When to come back to it: YYYY-MM-DD, or YYYY-MM-DDTHH:MM local time.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note"' -l 'attach' -d 'A file to keep with it (repeatable; at most 50 MB).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" corrects' -l 'corrects' -d 'The id of the note this one corrects.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl note" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl notes" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl notes" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl notes" pending' -l 'pending' -d 'Only the notes whose follow-up or promise is still ahead.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl notes" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl notes" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" extend-to' -l 'extend-to' -d 'An extension: pay the total on this date, YYYY-MM-DD.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" installments' -l 'installments' -d 'Instalments: how many, 1 to 600.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" start' -l 'start' -d 'Instalments: the first one\'s date, YYYY-MM-DD.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" every-months' -l 'every-months' -d 'Instalments: months between two of them (default 1).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" amount' -l 'amount' -d 'Instalments: what each asks for; the last the rest.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" waive-penalty' -l 'waive-penalty' -d 'The penalty so far is forgiven: alone, a waiver; else a total without it.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" all' -l 'all' -d 'Cover every unpaid instalment, not only the overdue ones.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" total' -l 'total' -d 'The total the platform agreed, in the loan\'s currency.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" note' -l 'note' -d 'What was agreed, in your words (required).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" ref' -l 'ref' -d 'The platform\'s reference for it.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" counterpart' -l 'counterpart' -d 'Who agreed it on the platform\'s side.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl renegotiate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl agreements" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl agreements" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl agreements" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl agreements" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl agreement-cancel" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl agreement-cancel" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl agreement-cancel" note' -l 'note' -d 'Why it ends (required).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl agreement-cancel" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl agreement-cancel" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl dossier" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl dossier" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl dossier" format' -l 'format' -d 'The form: markdown (default), html or json.' -rfka 'markdown html json'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl dossier" o output' -s 'o' -l 'output' -d 'Write to FILE instead of standard output.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl dossier" bundle' -l 'bundle' -d 'Write every form, the attached files and SHA256SUMS into DIR (new or empty).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl dossier" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl dossier" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plan" budget' -l 'budget' -d 'What you can pay each month, such as 3000.00.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plan" strategy' -l 'strategy' -d 'avalanche (highest rate first, the default) or snowball (smallest balance first).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plan" months' -l 'months' -d 'How many months at most, 1 to 600 (default: 120).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plan" from' -l 'from' -d 'The first month, YYYY-MM (default: this month).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plan" currency' -l 'currency' -d 'The currency to plan, when the loans with a balance have several.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plan" adopt' -l 'adopt' -d 'Keep this plan in the daemon as the plan in force: status, upcoming and the advance notices then hold each month against it.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plan" config' -l 'config' -d 'A configuration file, or a directory holding repayd.toml and loans.d/*.toml (default: $XDG_CONFIG_HOME/repayd).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plan" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plan" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plan" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plan" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plans" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plans" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plans" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl plans" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl export-ics" config' -l 'config' -d 'A configuration file, or a directory holding repayd.toml and loans.d/*.toml (default: $XDG_CONFIG_HOME/repayd).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl export-ics" from' -l 'from' -d 'The first day, YYYY-MM-DD (default: today).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl export-ics" days' -l 'days' -d 'How many days to export, 1 to 3660.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl export-ics" o output' -s 'o' -l 'output' -d 'Write to FILE instead of standard output.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl export-ics" no-alarms' -l 'no-alarms' -d 'Leave out the alarms.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl export-ics" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl export-ics" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl export-ics" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl history" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl history" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl history" loan' -l 'loan' -d 'Only this loan\'s history.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl history" since' -l 'since' -d 'From this date on, YYYY-MM-DD.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl history" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl history" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl reload" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl reload" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl reload" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl reload" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl watch" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl watch" json' -l 'json' -d 'Print the daemon\'s reply as JSON; errors go to standard error as JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl watch" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl watch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl backup" state-dir' -l 'state-dir' -d 'The daemon\'s state directory, as given to repayd (default: $XDG_STATE_HOME/repayd).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl backup" json' -l 'json' -d 'Print JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl backup" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl backup" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl init" config' -l 'config' -d 'Where to write it: a file, or a folder to write repayd.toml into (default: $XDG_CONFIG_HOME/repayd/repayd.toml).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl init" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl check" config' -l 'config' -d 'A configuration file, or a directory holding repayd.toml and loans.d/*.toml (default: $XDG_CONFIG_HOME/repayd).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl check" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl schedule" config' -l 'config' -d 'A configuration file, or a directory holding repayd.toml and loans.d/*.toml (default: $XDG_CONFIG_HOME/repayd).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl schedule" from' -l 'from' -d 'The first day, YYYY-MM-DD (default: today).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl schedule" days' -l 'days' -d 'How many days to show, 1 to 3660.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl schedule" json' -l 'json' -d 'Print JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl schedule" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl schedule" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl calendar" months' -l 'months' -d 'How many months to show, 1 to 12.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl calendar" config' -l 'config' -d 'A configuration file, or a directory holding repayd.toml and loans.d/*.toml (default: $XDG_CONFIG_HOME/repayd).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl calendar" address' -l 'address' -d 'The daemon\'s control socket, unix:PATH (default: $REPAYD_ADDRESS, else unix:$XDG_RUNTIME_DIR/repayd/control.sock).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl calendar" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl calendar" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl analyze-calendar" iterations' -l 'iterations' -d 'How many elapses to show for each expression.' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl analyze-calendar" base-time' -l 'base-time' -d 'Show elapses after this instant instead of now: @EPOCH-SECONDS or RFC 3339 (2026-12-01T09:30:00+08:00).' -rfka ''
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl analyze-calendar" json' -l 'json' -d 'Print JSON.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl analyze-calendar" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl analyze-calendar" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl toml-check" version' -l 'version' -d 'Show the version.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl toml-check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'repayctl' -n '__repayctl_should_offer_completions_for_flags_or_options "repayctl help" version' -l 'version' -d 'Show the version.'
