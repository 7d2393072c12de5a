import { type DefaultError, type UseMutationOptions, useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';

/**
 * `useMutation` for buttons that create something (Send invite, Import, Log walk-in, Sync now):
 * a second call while the first is in flight is ignored. `loading` on the button only disables it
 * after the next render, and a double click lands both clicks before that, which made two invites,
 * two tickets or two sync runs.
 */
export function useSubmit<TData = unknown, TError = DefaultError, TVariables = void, TContext = unknown>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
) {
  const inFlight = useRef(false);
  const mutation = useMutation(options);
  const { mutate: run } = mutation;
  const mutate = useCallback(
    (variables: TVariables) => {
      if (inFlight.current) return;
      inFlight.current = true;
      run(variables, {
        onSettled: () => {
          inFlight.current = false;
        },
      });
    },
    [run],
  );
  return { ...mutation, mutate };
}
