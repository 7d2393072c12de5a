import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/endpoints.ts';

/** A filter over the account's people, with "Anyone" for no filter (the value is a user id or ''). */
export function PersonSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (userId: string) => void;
}) {
  const users = useQuery({ queryKey: ['users'], queryFn: api.users });
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: 'Anyone' },
        ...(users.data?.users ?? []).map((u) => ({ value: u.id, label: u.name })),
      ]}
    />
  );
}
