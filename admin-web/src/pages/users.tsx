import {
  Alert,
  Badge,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import { type InviteCreated, ROLES, type Role, type UserView } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { Empty, ErrorState, errorMessage, formatDate, Loading } from '../components/states.tsx';

const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  engineer: 'Engineer',
  l1: 'L1 (first call)',
  viewer: 'Viewer',
};
/** Ownership moves by transfer only; invites and role changes offer the other roles. */
const ASSIGNABLE = ROLES.filter((r) => r !== 'owner');

function InviteDialog({
  opened,
  onClose,
  onSent,
}: {
  opened: boolean;
  onClose: () => void;
  onSent: (result: InviteCreated) => void;
}) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('engineer');
  const [cover, setCover] = useState(false);
  const invite = useMutation({
    mutationFn: () =>
      api.invite({
        email: email.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
        role,
        canCoverL1: cover,
      }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['invites'] });
      onSent(result);
      setEmail('');
      setName('');
      setCover(false);
      onClose();
    },
  });
  const fields = invite.error instanceof ApiError ? invite.error.fieldErrors() : {};
  const emailOk = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (emailOk) invite.mutate();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Invite a user" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            required
            data-autofocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fields.email ?? (email && !emailOk ? 'Enter an email address' : undefined)}
          />
          <TextInput label="Name (optional)" value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <NativeSelect
            label="Role"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as Role)}
            data={ASSIGNABLE.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            error={fields.role}
          />
          {role === 'engineer' ? (
            <Checkbox
              label="May cover L1"
              checked={cover}
              onChange={(e) => setCover(e.currentTarget.checked)}
            />
          ) : null}
          {invite.isError && !fields.email ? (
            <Alert color="red" role="alert">
              {errorMessage(invite.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={invite.isPending} disabled={!emailOk}>
              Send invite
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function UserRow({ user, me }: { user: UserView; me: boolean }) {
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (input: { role?: Role; canCoverL1?: boolean; disabled?: boolean }) =>
      api.updateUser(user.id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  const locked = user.role === 'owner' || me;
  return (
    <Table.Tr data-testid={`user-${user.email}`}>
      <Table.Td>
        {/* A Group, not a Text: a Badge is a <div>, which may not sit inside a <p>. */}
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500}>
            {user.name}
          </Text>
          {me ? <Badge size="xs">you</Badge> : null}
        </Group>
        <Text size="xs" c="dimmed">
          {user.email}
        </Text>
        {update.isError ? (
          <Text size="xs" c="red" role="alert">
            {errorMessage(update.error)}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        {locked ? (
          <Text size="sm">{ROLE_LABELS[user.role]}</Text>
        ) : (
          <NativeSelect
            aria-label={`Role of ${user.name}`}
            value={user.role}
            disabled={update.isPending || user.disabled}
            onChange={(e) => update.mutate({ role: e.currentTarget.value as Role })}
            data={ASSIGNABLE.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          />
        )}
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={`${user.name} covers L1`}
          checked={user.canCoverL1}
          disabled={update.isPending || user.role !== 'engineer' || user.disabled}
          onChange={(e) => update.mutate({ canCoverL1: e.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(user.lastLoginAt)}</Text>
      </Table.Td>
      <Table.Td>
        {locked ? null : (
          <Button
            size="xs"
            variant={user.disabled ? 'light' : 'subtle'}
            color={user.disabled ? 'blue' : 'red'}
            loading={update.isPending}
            onClick={() => update.mutate({ disabled: !user.disabled })}
            aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.name}`}
          >
            {user.disabled ? 'Enable' : 'Disable'}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The accept link of a pending invite (development without SMTP), to copy and send yourself. */
function InviteLink({ email, link }: { email: string; link: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <TextInput
        aria-label={`Invite link for ${email}`}
        value={link}
        readOnly
        size="xs"
        w={260}
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton value={link}>
        {({ copied, copy }) => (
          <Button
            size="xs"
            variant={copied ? 'filled' : 'light'}
            color={copied ? 'teal' : 'blue'}
            onClick={copy}
          >
            {copied ? 'Copied' : 'Copy link'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

function PendingInvites() {
  const queryClient = useQueryClient();
  const invites = useQuery({ queryKey: ['invites'], queryFn: api.invites, retry: false });
  const cancel = useMutation({
    mutationFn: api.cancelInvite,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['invites'] }),
  });
  if (invites.isPending) return <Loading label="Loading invites…" />;
  if (invites.isError) return <ErrorState error={invites.error} onRetry={() => invites.refetch()} />;
  const open = invites.data.invites.filter((i) => !i.acceptedAt);
  // Only a development server without SMTP sends links; production never does.
  const withLinks = open.some((i) => i.link);
  if (open.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No pending invites.
      </Text>
    );
  return (
    <Table aria-label="Pending invites">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Email</Table.Th>
          <Table.Th>Role</Table.Th>
          <Table.Th>Expires</Table.Th>
          {withLinks ? <Table.Th>Invite link</Table.Th> : null}
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {open.map((i) => (
          <Table.Tr key={i.id} data-testid="pending-invite">
            <Table.Td>{i.email}</Table.Td>
            <Table.Td>{ROLE_LABELS[i.role] ?? i.role}</Table.Td>
            <Table.Td>{formatDate(i.expiresAt)}</Table.Td>
            {withLinks ? (
              <Table.Td>{i.link ? <InviteLink email={i.email} link={i.link} /> : '—'}</Table.Td>
            ) : null}
            <Table.Td>
              <Button size="xs" variant="subtle" color="red" onClick={() => cancel.mutate(i.id)}>
                Cancel invite
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const MAIL_NOTICES: Record<InviteCreated['mail'], { color: string; text: string }> = {
  sent: { color: 'green', text: 'Invitation emailed to' },
  logged: {
    color: 'blue',
    text: 'No mail server is set up (development), so nothing was emailed. Copy the link under Pending invites and send it to',
  },
  skipped: { color: 'yellow', text: 'No mail server is set up (SMTP_URL), so nothing was emailed to' },
  failed: { color: 'yellow', text: 'The mail server refused the invitation; invite again later for' },
};

function SentNotice({ sent, onClose }: { sent: InviteCreated; onClose: () => void }) {
  const notice = MAIL_NOTICES[sent.mail];
  return (
    <Alert color={notice.color} role="status" withCloseButton onClose={onClose} data-testid="invite-sent">
      {notice.text} {sent.invite.email}.
    </Alert>
  );
}

export function UsersPage() {
  const { current } = useSession();
  const [opened, { open, close }] = useDisclosure(false);
  const users = useQuery({ queryKey: ['users'], queryFn: api.users });
  const [sent, setSent] = useState<InviteCreated | null>(null);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>Users</Title>
        <Button onClick={open}>Invite user</Button>
      </Group>
      <InviteDialog opened={opened} onClose={close} onSent={setSent} />
      {sent ? <SentNotice sent={sent} onClose={() => setSent(null)} /> : null}
      {users.isPending ? (
        <Loading label="Loading users…" />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => users.refetch()} />
      ) : users.data.users.length === 0 ? (
        <Empty title="No users yet" />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Users" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>User</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Covers L1</Table.Th>
                <Table.Th>Last sign-in</Table.Th>
                <Table.Th>Access</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.users.map((u) => (
                <UserRow key={u.id} user={u} me={u.id === current?.user.id} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={3} size="h4">
        Pending invites
      </Title>
      <PendingInvites />
    </Stack>
  );
}
